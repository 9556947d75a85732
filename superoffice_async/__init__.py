"""superoffice-async: an asyncio SDK for the SuperOffice CRM WebAPI User endpoints.

The hand-written public names are listed once, as the imports below (``X as X`` re-exports
them); each is imported from its module on first use, so ``import superoffice_async`` costs
only what a program touches (see ``make bench``). The carriers live in
``superoffice_async.models`` (also reached from here, by their module's own list) and the sync
engine in ``superoffice_async.sync`` (import it from there; its names still resolve here for
scripts written before it had its own package).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:
    from .auth.oauth import (
        OAuthAuth as OAuthAuth,
        TokenSet as TokenSet,
    )
    from .auth.provider import (
        CredentialProviderAuth as CredentialProviderAuth,
    )
    from .auth.schemes import (
        Auth as Auth,
        BasicAuth as BasicAuth,
        BearerAuth as BearerAuth,
        SOTicketAuth as SOTicketAuth,
        XsrfTokenAuth as XsrfTokenAuth,
    )
    from .auth.system_user import (
        SystemUserAuth as SystemUserAuth,
    )
    from .bulk import (
        BulkRun as BulkRun,
        BulkSummary as BulkSummary,
        Outcome as Outcome,
    )
    from .calls.pacing import (
        RateLimit as RateLimit,
    )
    from .calls.retry import (
        RetryBudget as RetryBudget,
        RetryPolicy as RetryPolicy,
    )
    from .client import (
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        ClientSettings as ClientSettings,
        RequestOptions as RequestOptions,
        SuperOfficeClient as SuperOfficeClient,
    )
    from .clock import Clock as Clock
    from .errors import (
        APIStatusError as APIStatusError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        CallTimeoutError as CallTimeoutError,
        ClientClosedError as ClientClosedError,
        ConfigurationError as ConfigurationError,
        ConflictError as ConflictError,
        ConnectionFailedError as ConnectionFailedError,
        ConnectTimeoutError as ConnectTimeoutError,
        EventLoopError as EventLoopError,
        IdentityProviderError as IdentityProviderError,
        InvalidArgumentError as InvalidArgumentError,
        InvalidEnumValueError as InvalidEnumValueError,
        MisdirectedRequestError as MisdirectedRequestError,
        NotFoundError as NotFoundError,
        PartialWriteError as PartialWriteError,
        PermissionDeniedError as PermissionDeniedError,
        PreconditionFailedError as PreconditionFailedError,
        RateLimitError as RateLimitError,
        ReadTimeoutError as ReadTimeoutError,
        RedirectError as RedirectError,
        RequestError as RequestError,
        ResponseTooLargeError as ResponseTooLargeError,
        ResponseValidationError as ResponseValidationError,
        ServerError as ServerError,
        SignInError as SignInError,
        SuperOfficeError as SuperOfficeError,
        TenantLookupError as TenantLookupError,
        TenantNotRunningError as TenantNotRunningError,
        TokenValidationError as TokenValidationError,
        TransportError as TransportError,
        UnknownColumnError as UnknownColumnError,
        UnknownOperationError as UnknownOperationError,
    )
    from .models import *  # noqa: F403 - the carriers, listed by the generator
    from .network import (
        NetworkTransport as NetworkTransport,
        Timeouts as Timeouts,
        WireRequest as WireRequest,
        WireResponse as WireResponse,
    )
    from .online.services import (
        OnlineEnvironment as OnlineEnvironment,
    )
    from .online.tenant_status import (
        TenantState as TenantState,
        TenantStateLocator as TenantStateLocator,
    )
    from .options import (
        CallOptions as CallOptions,
    )
    from .patch import (
        UserPatch as UserPatch,
    )
    from .records import (
        CallRecord as CallRecord,
        RawResponse as RawResponse,
        last_call as last_call,
    )
    from .select import (
        Select as Select,
        fields as fields,
    )

_FALLBACKS = (".models", ".sync")
"""Where a name that is not imported above is looked for: the modules' own ``__all__``."""


def _public_names() -> dict[str, str]:
    """Name -> module of the imports above, read from this file's source (on first use)."""
    import ast

    with open(__file__, encoding="utf-8") as source:  # not pathlib: it costs import time
        tree = ast.parse(source.read())
    block = next(node for node in tree.body if isinstance(node, ast.If))
    return {
        alias.name: "." * node.level + (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name != "*"
    }


_names: dict[str, str] = {}
_MISSING = object()


def __getattr__(name: str) -> Any:
    import importlib

    if not _names:
        _names.update(_public_names())
    if name == "__all__":
        return sorted({*_names, "__version__", *_fallback_names()})
    if name in _names:
        value = getattr(importlib.import_module(_names[name], __name__), name)
    else:
        value = next(
            (
                getattr(module, name)
                for module in map(importlib.import_module, _FALLBACKS, (__name__,) * 2)
                if name in module.__all__
            ),
            _MISSING,
        )
    if value is not _MISSING:
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _fallback_names() -> list[str]:
    import importlib

    return [n for m in _FALLBACKS for n in importlib.import_module(m, __name__).__all__]


def __dir__() -> list[str]:
    return list(__getattr__("__all__"))
