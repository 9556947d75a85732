"""SuperOffice Online: its environments, the sign-in and status services, where a tenant lives.

``services``: the environments and the few requests their services get; ``locator``: the
interface the request path asks for a tenant's address; ``tenant_status``: the status API answer
and the locator that follows a tenant when it moves.
"""
