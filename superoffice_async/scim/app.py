"""The bridge's ASGI app: scim2-server's protocol over ``SuperOfficeStorage``, behind the bearer
token, with one log line per SCIM request.

``create_app(client, mapping, token)`` for your own ASGI server; ``app_from_env`` is the factory
``uvicorn --factory`` runs (several workers: the app holds no state but the client's pool).
Every request but ``/ServiceProviderConfig`` must carry the token; one without it is refused
(401) before anything reaches SuperOffice. The log line (logger ``superoffice_async.scim``,
INFO) names the method, the resource, the status and the SuperOffice requests made, as text and
as ``extra={"scim": {...}}`` fields; never a header, a body or a token.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from scim2_models import (
    AuthenticationScheme,
    External,
    PayloadTooLargeException,
    Reference,
    ScimProvider,
    UnauthorizedException,
)
from scim2_server.applications.asgi import ASGIApplication, Receive, Send
from scim2_server.requests import ScimRequest
from scim2_server.responses import ScimResponse
from scim2_server.service import ScimService
from scim2_server.utils import (
    load_default_resource_types,
    load_default_schemas,
    load_default_service_provider_config,
)

from ..sync import SyncMapping, load_mapping
from .auth import BearerToken, token_from_env
from .calls import counting
from .errors import TooManyDeactivations
from .guard import DeactivationGuard
from .quirks import rfc_patch
from .storage import SuperOfficeStorage

if TYPE_CHECKING:
    from .. import SuperOfficeClient

__all__ = [
    "MAPPING_ENV",
    "MAX_DEACTIVATIONS_ENV",
    "ScimBridge",
    "app_from_env",
    "create_app",
    "log_requests_to_stderr",
    "scim_provider",
]

logger = logging.getLogger("superoffice_async.scim")
MAPPING_ENV = "SUPEROFFICE_SCIM_MAPPING"
MAX_DEACTIVATIONS_ENV = "SUPEROFFICE_SCIM_MAX_DEACTIVATIONS"
MAX_RESULTS = 1000
"""The largest page a search answers (``count`` above it is lowered to it)."""
MAX_BODY = 1 << 20
"""The largest request body read (bytes); a larger one is answered 413."""

_BEARER = AuthenticationScheme(
    type=AuthenticationScheme.Type.oauthbearertoken,
    name="Bearer token",
    description="The token configured in the bridge (SUPEROFFICE_SCIM_TOKEN)",
    spec_uri=Reference[External]("https://datatracker.ietf.org/doc/html/rfc6750"),
    primary=True,
)


def scim_provider() -> ScimProvider:
    """What the bridge announces: Users (with the enterprise extension) and Groups; PATCH,
    filters and ETags; no bulk, sorting or password change. The schemas are RFC 7643's whole:
    identity providers send attributes a mapping may not keep, and those are accepted and
    dropped rather than refused."""
    config = load_default_service_provider_config()
    config.bulk.supported = False  # type: ignore[union-attr]
    config.bulk.max_operations = 0  # type: ignore[union-attr]
    config.bulk.max_payload_size = 0  # type: ignore[union-attr]
    config.sort.supported = False  # type: ignore[union-attr]
    config.change_password.supported = False  # type: ignore[union-attr]
    config.filter.max_results = MAX_RESULTS  # type: ignore[union-attr]
    config.authentication_schemes = [_BEARER]
    return ScimProvider.from_discovery(
        load_default_schemas().values(), load_default_resource_types().values(), config=config
    )


class _BoundedService(ScimService):
    """scim2-server's service, reading at most ``MAX_BODY`` bytes of any request."""

    def max_body_size(self, request: ScimRequest) -> int | None:
        limit = super().max_body_size(request)
        return MAX_BODY if limit is None else min(limit, MAX_BODY)


class ScimBridge(ASGIApplication):
    """scim2-server's ASGI application with the bearer token, the log line and a lifespan that
    closes the SuperOffice client."""

    def __init__(
        self,
        storage: SuperOfficeStorage,
        provider: ScimProvider,
        token: BearerToken,
        *,
        client: SuperOfficeClient | None = None,
    ) -> None:
        # Offset paging only, so no cursor secret is needed (and none is read from the env).
        super().__init__(storage, provider, _BoundedService(provider, secret=None))
        self._token = token
        self._client = client

    def check_auth(self, request: ScimRequest) -> None:
        """401 unless the request carries the bearer token (compared in constant time); 413
        for a body over ``MAX_BODY``."""
        if not self._token.accepts(request.header("Authorization")):
            raise UnauthorizedException(detail="a valid bearer token is required")
        if len(request.body) > MAX_BODY:
            raise PayloadTooLargeException(detail=f"the body is over {MAX_BODY} bytes")

    async def serve(self, request: ScimRequest) -> ScimResponse:
        """Serve one request, counting the SuperOffice requests it makes, and log it."""
        started = time.perf_counter()
        if request.method == "PATCH" and request.body:
            request.body = rfc_patch(request.body)
        with counting() as calls:
            response = await super().serve(request)
        fields = {
            "method": request.method,
            "resource": _resource_of(request.path),
            "status": int(response.status),
            "outcome": "ok" if int(response.status) < 400 else _scim_type(response),
            "superoffice_calls": calls.count,
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }
        logger.info(" ".join(f"{k}={v}" for k, v in fields.items()), extra={"scim": fields})
        return response

    def handle_exception(self, request: ScimRequest, exception: Exception) -> ScimResponse:
        """The SCIM error (500 without detail for a bug; logged), with Retry-After on a 429."""
        response = super().handle_exception(request, exception)
        if isinstance(exception, TooManyDeactivations):
            response.headers["Retry-After"] = str(getattr(exception, "retry_after", 60))
        return response

    async def serve_lifespan(self, receive: Receive, send: Send) -> None:  # type: ignore[override]
        """Answer startup and shutdown; the SuperOffice client is closed at shutdown."""
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                if self._client is not None:
                    await self._client.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.serve_lifespan(receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(
    client: SuperOfficeClient,
    mapping: SyncMapping,
    token: BearerToken,
    *,
    max_deactivations: int = 10,
    per_seconds: float = 60.0,
    clock: Callable[[], float] = time.monotonic,
) -> ScimBridge:
    """The bridge for one SuperOffice site: ``client`` (shared by every request: one pool, one
    retry budget, one ticket), the sync ``mapping`` whose columns are SCIM attributes, and the
    identity provider's ``token``. At most ``max_deactivations`` per ``per_seconds``. Make the
    client with ``transport=counting_transport()`` (``superoffice_async.scim.calls``) for the
    log line to count its SuperOffice calls."""
    provider = scim_provider()
    guard = DeactivationGuard(max_deactivations, per_seconds, clock=clock)
    storage = SuperOfficeStorage(client, mapping, provider, guard=guard, clock=clock)
    return ScimBridge(storage, provider, token, client=client)


def app_from_env(environ: Mapping[str, str] | None = None) -> ScimBridge:
    """The bridge from the environment: ``SUPEROFFICE_SCIM_MAPPING`` (the mapping file),
    ``SUPEROFFICE_SCIM_TOKEN`` or ``_TOKEN_FILE``, ``SUPEROFFICE_SCIM_MAX_DEACTIVATIONS``
    (``10/60``: count/seconds) and the ``SUPEROFFICE_*`` connection, as the command line reads
    it. For ``uvicorn --factory superoffice_async.scim.app:app_from_env``."""
    from .. import SuperOfficeClient
    from .calls import counting_transport
    from .guard import parse_rate

    env = os.environ if environ is None else environ
    path = env.get(MAPPING_ENV)
    if not path:
        from .. import ConfigurationError

        raise ConfigurationError(f"set {MAPPING_ENV} to the mapping file (.toml)")
    mapping = load_mapping(path)
    token = token_from_env(env)
    count, seconds = parse_rate(env.get(MAX_DEACTIVATIONS_ENV, "10/60"))
    client = SuperOfficeClient.from_env(env, transport=counting_transport())
    log_requests_to_stderr()
    return create_app(client, mapping, token, max_deactivations=count, per_seconds=seconds)


def log_requests_to_stderr() -> None:
    """The line per request (logger ``superoffice_async.scim``, INFO) on stderr, unless the
    logger already has a handler (``scim serve`` and ``app_from_env`` call it)."""
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s scim: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def _resource_of(path: str) -> str:
    parts = [p for p in path.split("/") if p]
    if not parts:
        return "/"
    return parts[0] + ("/{id}" if len(parts) > 1 else "")


def _scim_type(response: ScimResponse) -> str:
    body = response.body if isinstance(response.body, dict) else {}
    return str(body.get("scimType") or "error")
