"""The one request path: a typed call or ``request()`` in, a typed answer (or error) out.

``pipeline``: the hub (``Pipeline.call``); ``arguments``: each argument against the spec;
``retry``: where retries are decided; ``answer``: status to typed error; ``slowcall``: the
slow-call warning. What a call took (``CallRecord``) is in ``superoffice_async.records``.
"""
