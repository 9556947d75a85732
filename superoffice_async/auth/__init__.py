"""Credentials: every sign-in kind, the validation of the tokens it returns, and renewal.

``schemes``: the ``Auth`` interface and the credentials given as they are (Basic, SOTicket,
Bearer, XSRF); ``refreshing``: credentials that sign in themselves and renew; ``system_user``
and ``oauth``: the two Online flows; ``provider``: a credential the application hands in;
``token_validation``: the JWT checks both Online flows make.
"""
