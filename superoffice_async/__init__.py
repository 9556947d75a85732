"""superoffice-async: an asyncio SDK for the SuperOffice CRM WebAPI User endpoints.

Public names are imported from their modules on first use, so ``import superoffice_async``
costs only what a program touches (see ``make bench``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .auth import (
        Auth,
        BasicAuth,
        BearerAuth,
        SOTicketAuth,
        XsrfTokenAuth,
    )
    from .auth_oauth import (
        OAuthAuth,
        TokenSet,
    )
    from .auth_provider import (
        CredentialProviderAuth,
    )
    from .auth_system_user import (
        SystemUserAuth,
    )
    from .bulk import (
        BulkRun,
        BulkSummary,
        Outcome,
    )
    from .call_record import (
        CallRecord,
        RawResponse,
        last_call,
    )
    from .client import (
        DEFAULT_TIMEOUT,
        ClientSettings,
        SuperOfficeClient,
    )
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
        InvalidEnumValueError,
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
    from .network import (
        NetworkTransport,
        Timeouts,
        WireRequest,
        WireResponse,
    )
    from .online import (
        OnlineEnvironment,
    )
    from .options import (
        CallOptions,
    )
    from .patch import (
        UserPatch,
    )
    from .pipeline import (
        Clock,
    )
    from .retry import (
        RetryBudget,
        RetryPolicy,
    )
    from .select import (
        Select,
        fields,
    )
    from .sync import (
        ClientDirectory,
        MappingError,
        RetireLimitError,
        SourceHeaderError,
        SyncApplier,
        SyncMapping,
        SyncPlan,
        SyncReport,
        apply_plan,
        load_mapping,
        plan_sync,
        read_source,
    )
    from .tenant_state import (
        TenantState,
        TenantStateLocator,
    )

_MODULES: dict[str, str] = {
    "APIStatusError": ".errors",
    "Auth": ".auth",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "BasicAuth": ".auth",
    "BearerAuth": ".auth",
    "BulkRun": ".bulk",
    "BulkSummary": ".bulk",
    "CallOptions": ".options",
    "CallRecord": ".call_record",
    "CallTimeoutError": ".errors",
    "ClientClosedError": ".errors",
    "ClientDirectory": ".sync",
    "ClientSettings": ".client",
    "Clock": ".pipeline",
    "CommandAction": ".models",
    "CommandActionResult": ".models",
    "CommandResult": ".models",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "ConnectTimeoutError": ".errors",
    "ConnectionFailedError": ".errors",
    "CredentialProviderAuth": ".auth_provider",
    "DEFAULT_TIMEOUT": ".client",
    "IdentityProviderError": ".errors",
    "InvalidArgumentError": ".errors",
    "InvalidEnumValueError": ".errors",
    "MappingError": ".sync",
    "MisdirectedRequestError": ".errors",
    "NetworkTransport": ".network",
    "NotFoundError": ".errors",
    "OAuthAuth": ".auth_oauth",
    "OnlineEnvironment": ".online",
    "Outcome": ".bulk",
    "PermissionDeniedError": ".errors",
    "PreconditionFailedError": ".errors",
    "RateLimitError": ".errors",
    "RawResponse": ".call_record",
    "ReadTimeoutError": ".errors",
    "RedirectError": ".errors",
    "ResponseTooLargeError": ".errors",
    "ResponseValidationError": ".errors",
    "RetireLimitError": ".sync",
    "RetryBudget": ".retry",
    "RetryPolicy": ".retry",
    "SOTicketAuth": ".auth",
    "Select": ".select",
    "ServerError": ".errors",
    "SignInError": ".errors",
    "SourceHeaderError": ".sync",
    "SuperOfficeClient": ".client",
    "SuperOfficeError": ".errors",
    "SyncApplier": ".sync",
    "SyncMapping": ".sync",
    "SyncPlan": ".sync",
    "SyncReport": ".sync",
    "SystemUserAuth": ".auth_system_user",
    "TenantLookupError": ".errors",
    "TenantNotRunningError": ".errors",
    "TenantState": ".tenant_state",
    "TenantStateLocator": ".tenant_state",
    "Timeouts": ".network",
    "TokenSet": ".auth_oauth",
    "TokenValidationError": ".errors",
    "TransportError": ".errors",
    "UNSET": ".models",
    "UnknownOperationError": ".errors",
    "User": ".models",
    "UserPatch": ".patch",
    "UserType": ".models",
    "UserWithLinks": ".models",
    "WireRequest": ".network",
    "WireResponse": ".network",
    "XsrfTokenAuth": ".auth",
    "apply_plan": ".sync",
    "fields": ".select",
    "last_call": ".call_record",
    "load_mapping": ".sync",
    "plan_sync": ".sync",
    "read_source": ".sync",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
    "ClientDirectory",
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
    "InvalidEnumValueError",
    "MappingError",
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
    "RetireLimitError",
    "RetryBudget",
    "RetryPolicy",
    "SOTicketAuth",
    "Select",
    "ServerError",
    "SignInError",
    "SourceHeaderError",
    "SuperOfficeClient",
    "SuperOfficeError",
    "SyncApplier",
    "SyncMapping",
    "SyncPlan",
    "SyncReport",
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
    "apply_plan",
    "fields",
    "last_call",
    "load_mapping",
    "plan_sync",
    "read_source",
]
