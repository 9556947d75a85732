"""Every exception a caller of superoffice-async can meet.

``SuperOfficeError`` is the root. Messages name the operation, the method and the path template,
never credentials, header values or query values; no object reachable from an error holds one.

::

    SuperOfficeError
    ├── ConfigurationError (also ValueError)     the client was set up with an unusable value
    ├── ClientClosedError                        used after aclose()
    ├── EventLoopError                           used from another event loop than its pool's
    ├── InvalidArgumentError (also ValueError)   refused before anything was sent
    │   └── UnknownOperationError                a value would move the call to another endpoint
    ├── SignInError                              no credential could be had; the call was not sent
    │   ├── IdentityProviderError                the sign-in service refused or failed (status_code)
    │   └── TokenValidationError                 a JWT was refused: signature, issuer, audience,
    │                                            expiry, tenant, malformed (reason)
    ├── TenantLookupError                        the tenant status API gave no usable answer
    │   └── TenantNotRunningError                the tenant is not running (tenant, state)
    └── RequestError                             tied to one call: operation_id, method, path
        ├── TransportError                       no usable answer; request_sent tells if it left
        │   ├── ConnectionFailedError            could not connect, or the connection broke
        │   └── CallTimeoutError                 out of time (the deadline)
        │       ├── ConnectTimeoutError          no connection in time: never sent
        │       └── ReadTimeoutError             sent, no whole answer in time
        ├── ResponseValidationError              answered, but not as the spec says
        │   └── ResponseTooLargeError            answer over max_response_bytes
        └── APIStatusError                       a non-success status (status_code, error_*)
            ├── RedirectError                    3xx, never followed (location)
            ├── BadRequestError                  400
            ├── AuthenticationError              401
            ├── PermissionDeniedError            403
            ├── NotFoundError                    404
            ├── ConflictError                    409
            ├── PreconditionFailedError          412
            ├── MisdirectedRequestError          421
            ├── RateLimitError                   429 (retry_after)
            └── ServerError                      5xx, 520 included
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

    from .records import CallRecord

__all__ = [
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "CallTimeoutError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConnectTimeoutError",
    "ConnectionFailedError",
    "EventLoopError",
    "IdentityProviderError",
    "InvalidArgumentError",
    "MisdirectedRequestError",
    "NotFoundError",
    "PartialWriteError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "ReadTimeoutError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServerError",
    "SignInError",
    "SuperOfficeError",
    "TenantLookupError",
    "TenantNotRunningError",
    "TokenValidationError",
    "TransportError",
    "UnknownColumnError",
    "UnknownOperationError",
]


class SuperOfficeError(Exception):
    """Root of every error raised by superoffice-async."""

    attempts: int = 1
    """How many attempts the call took before this error (1 when it was not retried)."""
    record: CallRecord | None = None
    """The call's record (operation, attempts, elapsed, status), when a call was made."""


class ConfigurationError(SuperOfficeError, ValueError):
    """The client was configured with a value it cannot use."""


class ClientClosedError(SuperOfficeError):
    """The client was used after it was closed."""


class EventLoopError(SuperOfficeError):
    """The client was used from another event loop than the one its connection pool belongs to.

    A client (and its pool) belongs to the loop of its first call: make one client per loop,
    e.g. in a web app's lifespan, and never share it across ``asyncio.run()`` calls or threads.
    """


class InvalidArgumentError(SuperOfficeError, ValueError):
    """An argument was refused before any request was sent."""


class InvalidEnumValueError(InvalidArgumentError):
    """A value outside the spec's enum was about to be sent (``User(type_="Employee")``)."""

    def __init__(self, field: str, value: object, valid: tuple[str, ...]) -> None:
        super().__init__(f"{field} must be one of {', '.join(valid)}; got {value!r}")
        self.field = field
        """Where the value is: ``user_type`` or ``user.Type`` (argument, then JSON path)."""
        self.value = value
        self.valid = valid


class PartialWriteError(InvalidArgumentError):
    """A PUT or Save replaces the whole entity and blanks what its carrier leaves out; the
    carrier was not read from the server, so nothing was sent.

    Read the entity first and send it changed (read-modify-write, ``users.modify()``), change a
    few properties with ``users.update()``, or pass ``replace=True`` to mean the whole entity.
    """

    def __init__(self, operation_id: str, carrier: str, where: str) -> None:
        ways = (
            "use users.modify(id, change) for read-modify-write or users.update(id, "
            "{'Path': value}) for a few properties, "
            if carrier == "User"
            else ""
        )
        super().__init__(
            f"{operation_id} replaces the whole {carrier} and blanks every property the "
            f"carrier leaves out, but {where} was not read from the server in full (built by "
            "hand, copied, or read with select; nothing was sent). Send a "
            f"{carrier} read from the server (changed as you like), {ways}or pass replace=True "
            "if you "
            "mean to replace the whole entity with it"
        )
        self.operation_id = operation_id
        self.carrier = carrier


class UnknownColumnError(InvalidArgumentError):
    """A ``select`` names a column the archive does not document; nothing was sent."""

    def __init__(self, archive: str, column: str, closest: tuple[str, ...]) -> None:
        hint = f"; closest: {', '.join(closest)}" if closest else ""
        super().__init__(f"the {archive} archive has no column {column!r}{hint}")
        self.column = column
        self.closest = closest
        """The documented columns nearest to ``column``, best first."""


class UnknownOperationError(InvalidArgumentError):
    """A value would have moved the call to another endpoint (a path value such as ``..``,
    ``Default`` or ``5`` where a name goes, or a ``request()`` path leaving the API), so
    nothing was sent."""


class SignInError(SuperOfficeError):
    """A credential could not be obtained or renewed, so the call was not sent.

    Raised by credentials that sign in themselves (``SystemUserAuth``, ``OAuthAuth``, a
    credential provider). Never holds a secret: no token, ticket, key or client secret.

    After a failed sign-in, calls fail fast with the same error (a copy) instead of asking the
    sign-in service again, for a growing, capped interval: ``retry_at`` is when the next sign-in
    will be tried and ``retry_after`` the seconds until then, counted from when this error was
    raised. Both are None when the error is terminal (a revoked grant: new credentials are
    needed) or came before any sign-in was tried.
    """

    retry_at: datetime | None = None
    retry_after: float | None = None


class IdentityProviderError(SignInError):
    """The sign-in service refused the request (wrong client secret, revoked refresh token,
    unknown system user token) or could not be reached.

    ``status_code`` is the service's HTTP status (None when there was no answer); ``error`` its
    error code (OAuth's ``invalid_grant``, ...) when it sent one.
    """

    def __init__(
        self, message: str, *, status_code: int | None = None, error: str | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error


class TokenValidationError(SignInError):
    """A JWT from SuperOffice's sign-in service was refused and its claims were not used.

    ``reason`` is one of ``signature``, ``issuer``, ``audience``, ``expired``, ``not-yet-valid``,
    ``algorithm``, ``key``, ``tenant``, ``claims``, ``malformed``.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message, reason)
        self.reason = reason

    def __str__(self) -> str:
        return str(self.args[0])


class TenantLookupError(SuperOfficeError):
    """The tenant status API (``/api/state/{tenant}``) gave no usable answer; nothing was sent.

    ``status_code`` is its HTTP status, None when there was no answer.
    """

    def __init__(self, message: str, *, tenant: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.tenant = tenant
        self.status_code = status_code


class TenantNotRunningError(TenantLookupError):
    """The tenant is not running (``state``: ``OfflineMaintenance``, ``Suspended``, ``Deleted``,
    ``Provisioning``, ``MigrationPending``, ``Unknown``, ...); nothing was sent.

    ``valid_until`` is when the status API said to look again (None when it did not say).
    """

    def __init__(
        self, message: str, *, tenant: str, state: str, valid_until: datetime | None = None
    ) -> None:
        super().__init__(message, tenant=tenant, status_code=200)
        self.state = state
        self.valid_until = valid_until


class RequestError(SuperOfficeError):
    """A failure tied to one request: carries the operation it was for."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.method = method
        self.path = path

    def locate(self, operation_id: str, method: str, path: str) -> None:
        """Name the operation a transport-level error happened in (message prefixed once)."""
        if self.operation_id is None:
            self.operation_id, self.method, self.path = operation_id, method, path
            self.args = (f"{method} {path} ({operation_id}): {self}", *self.args[1:])


class TransportError(RequestError):
    """No usable HTTP response was received."""

    request_sent: bool = True
    """False only when the request provably never reached the server."""


class ConnectionFailedError(TransportError):
    """The connection could not be made, or broke while the call was in flight."""

    def __init__(self, message: str, *, request_sent: bool, **where: Any) -> None:
        super().__init__(message, **where)
        self.request_sent = request_sent


class CallTimeoutError(TransportError):
    """The call ran out of time."""


class ConnectTimeoutError(CallTimeoutError):
    """No connection could be made in time: the request was never sent."""

    request_sent = False


class ReadTimeoutError(CallTimeoutError):
    """The request was sent (or being sent) and no complete answer came in time."""


class ResponseValidationError(RequestError):
    """The server answered, but not as the spec says (invalid JSON, HTML, wrong field type)."""

    def __init__(self, message: str, *, status_code: int | None = None, **where: Any) -> None:
        super().__init__(message, **where)
        self.status_code = status_code


class ResponseTooLargeError(ResponseValidationError):
    """The answer was larger than the client's ``max_response_bytes``; the rest was not read."""

    def __init__(self, message: str, *, limit: int, **where: Any) -> None:
        super().__init__(message, **where)
        self.limit = limit


class APIStatusError(RequestError):
    """The server answered with a status that is not a success.

    Carries SuperOffice's REST error body fields when the answer had them.
    """

    status_code: int
    error_type: str | None
    error_message: str | None
    error_source: str | None
    body: str
    """The first 1000 characters of the answer's body, for diagnosis."""
    retry_after: float | None = None
    """Seconds the server asked to wait (its Retry-After header), if it sent one."""

    def __init__(
        self,
        status_code: int,
        *,
        error_type: str | None = None,
        error_message: str | None = None,
        error_source: str | None = None,
        body: str = "",
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_type = error_type
        self.error_message = error_message
        self.error_source = error_source
        self.body = body
        where = f"{method} {path}" if method and path else "request"
        label = f" ({operation_id})" if operation_id else ""
        detail = ": ".join(x for x in (error_type, error_message) if x)
        message = f"{where}{label} answered {status_code}" + (f": {detail}" if detail else "")
        super().__init__(message, operation_id=operation_id, method=method, path=path)


class BadRequestError(APIStatusError):
    """400: the request was malformed, or the entity to save was not in the body."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed (User management is restricted in Online)."""


class NotFoundError(APIStatusError):
    """404: the entity does not exist."""


class ConflictError(APIStatusError):
    """409: the change conflicts with the entity's current state (for example a failed test)."""


class PreconditionFailedError(APIStatusError):
    """412: the entity was modified since If-Unmodified-Since."""


class MisdirectedRequestError(APIStatusError):
    """421: wrong tenant subdomain; use the tenant-specific one (for example sod2), not sod."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait the server asked for, in seconds."""


class RedirectError(APIStatusError):
    """3xx: redirects are never followed (credentials never go to another origin).

    ``location`` is where the server pointed, for diagnosis.
    """

    location: str | None = None


class ServerError(APIStatusError):
    """5xx, including non-standard ones such as 520 sent by a proxy."""
