"""superoffice-async: an asyncio SDK for the SuperOffice CRM WebAPI User endpoints.

Public names are imported from their modules on first use, so ``import superoffice_async``
costs only what a program touches (see ``make bench``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .auth import Auth, BasicAuth, BearerAuth, SOTicketAuth, XsrfTokenAuth
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
    from .network import NetworkTransport, Timeouts, WireRequest, WireResponse
    from .options import CallOptions
    from .patch import UserPatch
    from .pipeline import Clock
    from .retry import RetryBudget, RetryPolicy
    from .select import Select, fields
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
    "ClientSettings": ".client",
    "Clock": ".pipeline",
    "CommandAction": ".models",
    "CommandActionResult": ".models",
    "CommandResult": ".models",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "ConnectTimeoutError": ".errors",
    "ConnectionFailedError": ".errors",
    "DEFAULT_TIMEOUT": ".client",
    "InvalidArgumentError": ".errors",
    "InvalidEnumValueError": ".errors",
    "MisdirectedRequestError": ".errors",
    "NetworkTransport": ".network",
    "NotFoundError": ".errors",
    "Outcome": ".bulk",
    "PermissionDeniedError": ".errors",
    "PreconditionFailedError": ".errors",
    "RateLimitError": ".errors",
    "RawResponse": ".call_record",
    "ReadTimeoutError": ".errors",
    "RedirectError": ".errors",
    "ResponseTooLargeError": ".errors",
    "ResponseValidationError": ".errors",
    "RetryBudget": ".retry",
    "RetryPolicy": ".retry",
    "SOTicketAuth": ".auth",
    "Select": ".select",
    "ServerError": ".errors",
    "SuperOfficeClient": ".client",
    "SuperOfficeError": ".errors",
    "Timeouts": ".network",
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
    "fields": ".select",
    "last_call": ".call_record",
    "ClientDirectory": ".sync",
    "MappingError": ".sync",
    "RetireLimitError": ".sync",
    "SourceHeaderError": ".sync",
    "SyncApplier": ".sync",
    "SyncMapping": ".sync",
    "SyncPlan": ".sync",
    "SyncReport": ".sync",
    "apply_plan": ".sync",
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
    "InvalidArgumentError",
    "InvalidEnumValueError",
    "MappingError",
    "MisdirectedRequestError",
    "NetworkTransport",
    "NotFoundError",
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
    "SourceHeaderError",
    "SuperOfficeClient",
    "SuperOfficeError",
    "SyncApplier",
    "SyncMapping",
    "SyncPlan",
    "SyncReport",
    "Timeouts",
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
