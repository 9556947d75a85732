"""superoffice-async: an asyncio SDK for the SuperOffice CRM WebAPI User endpoints."""

from ._version import __version__
from .auth import Auth, BasicAuth, BearerAuth, SOTicketAuth, XsrfTokenAuth
from .bulk import BulkRun, BulkSummary, Outcome
from .client import DEFAULT_TIMEOUT, SuperOfficeClient
from .errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CallTimeoutError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ConnectionFailedError,
    ConnectTimeoutError,
    InvalidArgumentError,
    MisdirectedRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ReadTimeoutError,
    ResponseValidationError,
    ServerError,
    SuperOfficeError,
    TransportError,
    UnknownOperationError,
)
from .models import (
    UNSET,
    CommandAction,
    CommandActionResult,
    CommandResult,
    User,
    UserType,
    UserWithLinks,
)
from .options import CallOptions, last_call
from .patch import UserPatch
from .retry import RetryBudget, RetryPolicy
from .select import Select, fields
from .slowcall import CallRecord

__all__ = [
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIStatusError",
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "BulkRun",
    "BulkSummary",
    "CallOptions",
    "CallRecord",
    "CallTimeoutError",
    "ClientClosedError",
    "CommandAction",
    "CommandActionResult",
    "CommandResult",
    "ConfigurationError",
    "ConflictError",
    "ConnectTimeoutError",
    "ConnectionFailedError",
    "InvalidArgumentError",
    "MisdirectedRequestError",
    "NotFoundError",
    "Outcome",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "ReadTimeoutError",
    "ResponseValidationError",
    "RetryBudget",
    "RetryPolicy",
    "SOTicketAuth",
    "Select",
    "ServerError",
    "SuperOfficeClient",
    "SuperOfficeError",
    "TransportError",
    "UnknownOperationError",
    "User",
    "UserPatch",
    "UserType",
    "UserWithLinks",
    "XsrfTokenAuth",
    "__version__",
    "fields",
    "last_call",
]
