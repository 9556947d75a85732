"""superoffice-async: an asyncio SDK for the SuperOffice CRM WebAPI User endpoints."""

from ._version import __version__
from .auth import Auth, BasicAuth, BearerAuth, SOTicketAuth, XsrfTokenAuth
from .auth_oauth import OAuthAuth, TokenSet
from .auth_provider import CredentialProviderAuth
from .auth_system_user import SystemUserAuth
from .bulk import BulkRun, BulkSummary, Outcome
from .call_record import CallRecord, RawResponse, last_call
from .client import DEFAULT_TIMEOUT, ClientSettings, SuperOfficeClient
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
    IdentityProviderError,
    InvalidArgumentError,
    MisdirectedRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ReadTimeoutError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    ServerError,
    SignInError,
    SuperOfficeError,
    TenantLookupError,
    TenantNotRunningError,
    TokenValidationError,
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
from .network import NetworkTransport, Timeouts, WireRequest, WireResponse
from .online import OnlineEnvironment
from .options import CallOptions
from .patch import UserPatch
from .pipeline import Clock
from .retry import RetryBudget, RetryPolicy
from .select import Select, fields
from .tenant_state import TenantState, TenantStateLocator

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
    "ClientSettings",
    "Clock",
    "CommandAction",
    "CommandActionResult",
    "CommandResult",
    "ConfigurationError",
    "ConflictError",
    "ConnectTimeoutError",
    "ConnectionFailedError",
    "CredentialProviderAuth",
    "IdentityProviderError",
    "InvalidArgumentError",
    "MisdirectedRequestError",
    "NetworkTransport",
    "NotFoundError",
    "OAuthAuth",
    "OnlineEnvironment",
    "Outcome",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "RateLimitError",
    "RawResponse",
    "ReadTimeoutError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryBudget",
    "RetryPolicy",
    "SOTicketAuth",
    "Select",
    "ServerError",
    "SignInError",
    "SuperOfficeClient",
    "SuperOfficeError",
    "SystemUserAuth",
    "TenantLookupError",
    "TenantNotRunningError",
    "TenantState",
    "TenantStateLocator",
    "Timeouts",
    "TokenSet",
    "TokenValidationError",
    "TransportError",
    "UnknownOperationError",
    "User",
    "UserPatch",
    "UserType",
    "UserWithLinks",
    "WireRequest",
    "WireResponse",
    "XsrfTokenAuth",
    "__version__",
    "fields",
    "last_call",
]
