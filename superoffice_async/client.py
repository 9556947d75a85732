"""The client facade: configuration, lifecycle, the typed resources and the escape hatch.

``SuperOfficeClient`` owns one connection pool (a network transport). Its resources,
``users`` (REST ``/api/v1/User``) and ``user_agent`` (RPC ``/api/v1/Agents/User``), are
generated from the spec; each method hands its arguments to the pipeline's one request function.
``request()`` reaches any other SuperOffice endpoint under the same base URL with the same auth,
headers, retries, deadline, slow-call warning and typed errors. ``with_options()`` rebuilds the
client from its configuration on the same pool.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

from ._generated.bindings import RawResources, Resources
from ._version import __version__
from .auth.schemes import AppTokenAuth, Auth
from .calls.pacing import RateLimit
from .calls.retry import RetryBudget, RetryPolicy
from .calls.settings import DEFAULT_TIMEOUT, PipelineConfig
from .calls.slowcall import SlowCallHook, SlowCallMonitor
from .clock import Clock
from .errors import ConfigurationError, InvalidArgumentError, SuperOfficeError
from .network import DEFAULT_MAX_BODY, NetworkTransport
from .options import CallOptions, validate_options
from .records import RawResponse, remember

# Imported when a client is made or first used, not with this module (``make bench``'s import
# row): the request path and what it needs (the operation facts, the carriers' msgspec,
# orjson), the typed methods, the network adapter, the Online services.
if TYPE_CHECKING:
    import ssl

    import httpx

    from .bulk import BulkRun
    from .calls.pipeline import Pipeline
    from .online.locator import TenantLocator
    from .online.services import OnlineEnvironment
    from .operation import Operation
    from .users import UsersResource, UsersWithRawResponse

__all__ = ["DEFAULT_TIMEOUT", "ClientSettings", "RequestOptions", "SuperOfficeClient"]

T = TypeVar("T")


class ClientSettings(CallOptions, total=False):
    """What ``with_options()`` can change: every constructor argument but the URL and the pool."""

    auth: Auth
    app_token: str | None
    retry_policy: RetryPolicy
    retry_budget: RetryBudget
    rate_limit: RateLimit | None
    slow_call_ms: int | Mapping[str, int] | None
    on_slow_call: SlowCallHook | None
    max_response_bytes: int
    clock: Clock


class RequestOptions(CallOptions, total=False):
    """``request()``'s keyword arguments: what to send, whether it may be repeated, and any
    call option (``language``, ``timeout``, ``deadline``, ...)."""

    json: Any
    """The body, sent as JSON (None: no body)."""
    params: Mapping[str, Any] | None
    """The query: names to str, int, float, bool or lists of them (None values left out)."""
    headers: Mapping[str, str] | None
    """Extra headers (not the credentials' own)."""
    idempotent: bool
    """True: safe to repeat after it may have reached the server (retried like a GET)."""


class _Lifecycle:
    """Shared by a client and its ``with_options`` copies: one pool, closed once."""

    __slots__ = ("closed",)

    def __init__(self) -> None:
        self.closed = False

    def is_closed(self) -> bool:
        return self.closed


def _extras() -> dict[str, type[Any]]:
    """The resources with hand-written methods besides the generated ones, by client attribute."""
    from .users import UsersResource

    return {"users": UsersResource}


class SuperOfficeClient(Resources):
    """An async client for the SuperOffice WebAPI User endpoints (and, by ``request``, the rest).

    Use it as ``async with SuperOfficeClient(base_url, auth=...) as so:``, or for an Online
    tenant that may move between servers ``SuperOfficeClient.for_tenant("Cust12345",
    environment="sod", auth=...)``, or ``SuperOfficeClient.from_env()``.

    Args:
        base_url: The site including any tenant path,
            e.g. ``https://sod2.superoffice.com/Cust12345`` (or give ``tenant`` instead).
        auth: ``BasicAuth``, ``SOTicketAuth``, ``BearerAuth``, ``XsrfTokenAuth`` (onsite or a
            credential you renew yourself), ``SystemUserAuth``, ``OAuthAuth`` (Online, renewed
            by the SDK) or ``CredentialProviderAuth``.
        tenant: An Online context identifier (``Cust12345``) instead of ``base_url``: the
            address comes from the tenant status API and follows the tenant when it moves.
        environment: With ``tenant``: ``sod``, ``stage`` (qaonline), ``online`` (the default),
            or a root URL (a sandbox).
        app_token: The application token (``SO-AppToken``, the client secret), needed with
            SOTicket in Online (``SystemUserAuth`` sends its own).
        verify: TLS verification: True, False, a CA bundle path, or an ``ssl.SSLContext``.
        proxy: A proxy URL for every request; None honours HTTP(S)_PROXY / NO_PROXY when
            ``trust_env`` is True (the default).
        trust_env: Read proxy settings from the environment.
        max_connections: Size of the connection pool.
        max_response_bytes: A larger answer fails with ``ResponseTooLargeError`` (32 MiB).
        retry_policy: Attempts, backoff, Retry-After cap and deadline (``RetryPolicy()``).
        retry_budget: The retry quota shared by all calls (a new ``RetryBudget()`` by default).
        rate_limit: At most this many requests a second (``RateLimit(10)``), shared by every
            call, bulk run and sync of this client; None (the default): no pacing.
        allow_insecure_http: Allow a plain ``http://`` ``base_url`` that is not loopback: the
            credentials then cross the network in clear text. Off by default (refused at
            construction); see ``superoffice_async.auth.trust``.
        slow_call_ms: Slow-call threshold override: ms for all operations, or by operation id.
        on_slow_call: Called with the ``CallRecord`` of each slow call.
        transport: A ``NetworkTransport``, or an httpx transport (tests: pytest-httpx,
            ``httpx.MockTransport``); by default aiohttp.
        clock: Time, sleep and randomness (tests).
        **options: Default ``CallOptions`` for every call: language, culture, time_zone,
            accept_language, timeout, attempt_timeout, max_attempts, deadline, retries.

    Resources: ``users`` (REST ``/api/v1/User``), ``user_agent`` (``/api/v1/Agents/User``), each
    with a ``with_raw_response`` twin; ``request()`` for any other endpoint; ``bulk()`` for
    many operations at once.
    """

    users: UsersResource
    """REST ``/api/v1/User``; the other resources (``user_agent``) are generated."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        auth: Auth,
        tenant: str | None = None,
        environment: str | OnlineEnvironment | None = None,
        app_token: str | None = None,
        verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        proxy: str | None = None,
        trust_env: bool = True,
        max_connections: int = 100,
        max_response_bytes: int = DEFAULT_MAX_BODY,
        retry_policy: RetryPolicy | None = None,
        retry_budget: RetryBudget | None = None,
        rate_limit: RateLimit | None = None,
        allow_insecure_http: bool = False,
        slow_call_ms: int | Mapping[str, int] | None = None,
        on_slow_call: SlowCallHook | None = None,
        transport: NetworkTransport | httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        from .config import logging_from_env

        logging_from_env()  # SUPEROFFICE_LOG, read once per process, for every client
        if (base_url is None) == (tenant is None):
            raise ConfigurationError("give either base_url or tenant (with environment)")
        if base_url is not None and environment is not None:
            raise ConfigurationError("environment goes with tenant, not with base_url")
        self.base_url: str | None = None
        """The fixed base URL; None for a tenant client (see ``online.tenant_status``)."""
        self._locator: TenantLocator | None = None
        if not isinstance(allow_insecure_http, bool):
            raise ConfigurationError("allow_insecure_http must be True or False")
        self._insecure_http = allow_insecure_http
        if base_url is not None:
            from .auth.trust import site_url

            self.base_url = site_url(base_url)
        else:
            from .online.tenant_status import TenantStateLocator

            self._locator = TenantStateLocator(tenant or "", environment or "online")
        settings: ClientSettings = {
            **validate_options(options),
            "auth": auth,
            "app_token": app_token,
            "retry_policy": retry_policy or RetryPolicy(),
            "retry_budget": retry_budget or RetryBudget(),
            "rate_limit": rate_limit,
            "slow_call_ms": slow_call_ms,
            "on_slow_call": on_slow_call,
            "max_response_bytes": max_response_bytes,
            "clock": clock or Clock(),
        }
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise ConfigurationError("max_connections must be a positive int")
        if max_connections < 1:
            raise ConfigurationError("max_connections must be a positive int")
        network = _network(
            transport, verify, proxy, trust_env, max_connections, settings["clock"].monotonic
        )
        self._setup(settings, network, _Lifecycle(), owner=True)

    def _setup(
        self,
        settings: ClientSettings,
        network: NetworkTransport,
        lifecycle: _Lifecycle,
        *,
        owner: bool,
    ) -> None:
        self._settings = settings
        self._network = network
        self._lifecycle = lifecycle
        self._owner = owner
        from .auth.trust import check_site, check_tenant_environment
        from .calls.pipeline import Pipeline
        from .online.services import Connection, OnlineEnvironment

        config = _pipeline_config(self.base_url, settings, self._locator)
        if self.base_url is not None:
            check_site(self.base_url, config.auth, allow_insecure_http=self._insecure_http)
        environment = getattr(self._locator, "environment", None)
        if isinstance(environment, OnlineEnvironment):
            check_tenant_environment(environment, config.auth)
        connection = Connection(
            network, config.clock, float(settings.get("timeout", DEFAULT_TIMEOUT))
        )
        config.auth.bind(connection)
        if self._locator is not None:
            self._locator.bind(connection)
        self._pipeline: Pipeline = Pipeline(config, network, lifecycle.is_closed)
        self._bind_resources(self._call, self._pipeline.call, _extras())

    def with_options(self, **changes: Unpack[ClientSettings]) -> SuperOfficeClient:
        """A client with other settings on the same connection pool (and, unless a new one is
        given, the same retry budget and rate limit). Any constructor argument but the URL,
        the pool and ``allow_insecure_http``; the trust rule is checked again for the new auth."""
        unknown = set(changes) - set(ClientSettings.__annotations__)
        if unknown:
            raise ConfigurationError(
                f"with_options cannot change {sorted(unknown)}: the URL, the pool and "
                "allow_insecure_http are fixed"
            )
        options = {k: v for k, v in changes.items() if k in CallOptions.__annotations__}
        validate_options(options)  # type: ignore[arg-type]
        merged: ClientSettings = {**self._settings, **changes}
        clone = object.__new__(SuperOfficeClient)
        clone.base_url = self.base_url
        clone._locator = self._locator
        clone._insecure_http = self._insecure_http
        clone._setup(merged, self._network, self._lifecycle, owner=False)
        return clone

    @classmethod
    def for_tenant(
        cls,
        tenant: str,
        *,
        environment: str | OnlineEnvironment = "online",
        auth: Auth,
        **kwargs: Any,
    ) -> SuperOfficeClient:
        """A client of an Online tenant: its address comes from the tenant status API, is kept
        until ``ValidUntil`` and followed when the tenant moves (a 421 is looked up and repeated
        once); a tenant that is not running raises ``TenantNotRunningError``. Other arguments
        as for the constructor."""
        return cls(tenant=tenant, environment=environment, auth=auth, **kwargs)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> SuperOfficeClient:
        """A client configured from ``SUPEROFFICE_*`` variables (see ``superoffice_async.config``
        for the list): the site or tenant, the credential, the app token, logging. Keyword
        arguments are passed on to the constructor (``transport``, ``retry_policy``, ...)."""
        from .config import client_arguments

        return cls(**client_arguments(os.environ if environ is None else environ, **kwargs))

    @property
    def tenant(self) -> str | None:
        """The Online tenant a tenant client serves (None for a fixed ``base_url``)."""
        return getattr(self._locator, "tenant", None)

    @property
    def with_raw_response(self) -> _RawClient:
        """The same resources and ``request``, returning ``RawResponse`` with the call's record."""
        return _RawClient(self)

    def _call(
        self, operation: Operation[T], arguments: tuple[Any, ...], options: CallOptions
    ) -> Awaitable[T]:
        """A typed method's call: the parsed answer; ``last_call()`` learns its record.

        Not a coroutine of its own: it hands back ``_parsed``'s, one layer fewer per call."""
        return _parsed(self._pipeline.call(operation, arguments, options))

    async def request(self, method: str, path: str, **arguments: Unpack[RequestOptions]) -> Any:
        """Call any endpoint under the base URL, e.g. ``await so.request("GET",
        "api/v1/Person/5", idempotent=True)``; returns the parsed JSON (None for no body).

        Same auth, headers, deadline, slow-call warning, records and typed errors as the typed
        methods (see ``RequestOptions`` for ``json``, ``params``, ``headers``, ``idempotent``);
        retried after the request may have reached the server only when ``idempotent=True``.
        Absolute URLs, dot segments and query strings in ``path`` are refused (use ``params``).
        """
        return await _parsed(self._raw_request(method, path, arguments))

    async def _raw_request(
        self, method: str, path: str, arguments: RequestOptions
    ) -> RawResponse[Any]:
        import orjson

        from .calls.arguments import encode_query, request_path
        from .operation import HTTP_METHODS

        options: dict[str, Any] = dict(arguments)
        json = options.pop("json", None)
        params = options.pop("params", None)
        headers = options.pop("headers", None)
        idempotent = options.pop("idempotent", False)
        if not isinstance(method, str) or method.upper() not in HTTP_METHODS:
            raise InvalidArgumentError(f"method must be one of {', '.join(sorted(HTTP_METHODS))}")
        if not isinstance(idempotent, bool):
            raise InvalidArgumentError("idempotent must be True or False")
        try:
            body = None if json is None else orjson.dumps(json)
        except TypeError as exc:
            raise InvalidArgumentError(f"json cannot be sent as JSON: {exc}") from None
        return await self._pipeline.request(
            method.upper(),
            request_path(path),
            query=encode_query(params),
            body=body,
            headers=_extra_headers(headers),
            idempotent=idempotent,
            options=options,  # type: ignore[arg-type]  # checked there: unknown names refused
        )

    def bulk(
        self,
        items: Any,
        *,
        concurrency: int = 16,
        progress: bool = False,
        total: int | None = None,
    ) -> BulkRun:
        """Run many operations (``SaveUserByName``, ``UpdateUser``, ...) with bounded concurrency.

        ``async with so.bulk(items, concurrency=32) as run: async for outcome in run: ...``;
        see ``superoffice_async.bulk``. ``progress=True`` draws a bar on stderr; ``total``
        gives it (and the summary) the input's length when the input has none.
        """
        from .bulk import BulkRun

        return BulkRun(self, items, concurrency=concurrency, progress=progress, total=total)

    @property
    def rate_limit(self) -> RateLimit | None:
        """The requests-per-second limit of this client (with its counters), or None."""
        return self._settings.get("rate_limit")

    @property
    def retry_budget(self) -> RetryBudget:
        """The retry budget shared by all calls of this client (and its ``with_options`` views)."""
        return self._settings["retry_budget"]

    @property
    def is_closed(self) -> bool:
        """True once the pool was closed (by this client or the one it was derived from)."""
        return self._lifecycle.closed

    async def aclose(self) -> None:
        """Close the connection pool (clients made by ``with_options`` leave it open)."""
        if self._owner and not self._lifecycle.closed:
            self._lifecycle.closed = True
            await self._network.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        scheme = self._settings["auth"].scheme
        if self._locator is not None:
            return f"SuperOfficeClient(tenant={self._locator!r}, auth={scheme})"
        return f"SuperOfficeClient({self.base_url!r}, auth={scheme})"


class _RawClient(RawResources):
    """``so.with_raw_response``: resources and ``request`` that return ``RawResponse``."""

    users: UsersWithRawResponse

    def __init__(self, client: SuperOfficeClient) -> None:
        self._client = client
        self._bind_raw_resources(client)

    async def request(
        self, method: str, path: str, **arguments: Unpack[RequestOptions]
    ) -> RawResponse[Any]:
        """``SuperOfficeClient.request``, returning the answer with the call's record."""
        return await self._client._raw_request(method, path, arguments)


async def _parsed(pending: Awaitable[RawResponse[T]]) -> T:
    """The parsed answer of a call; ``last_call()`` learns its record, also when it raises."""
    try:
        raw = await pending
    except SuperOfficeError as error:
        remember(error.record)
        raise
    remember(raw.record)
    return raw.parsed


def _pipeline_config(
    base_url: str | None, settings: ClientSettings, locator: TenantLocator | None
) -> PipelineConfig:
    auth = settings["auth"]
    if not isinstance(auth, Auth):
        raise ConfigurationError(
            "auth must be BasicAuth, SOTicketAuth, BearerAuth, XsrfTokenAuth, SystemUserAuth, "
            "OAuthAuth or CredentialProviderAuth"
        )
    app_token = settings.get("app_token")
    if app_token is not None and auth.sends_app_token:
        raise ConfigurationError(
            f"{type(auth).__name__} sends SO-AppToken (its client secret) itself; "
            "leave app_token out"
        )
    policy = settings["retry_policy"]
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError("retry_policy must be a RetryPolicy")
    budget = settings["retry_budget"]
    if not isinstance(budget, RetryBudget):
        raise ConfigurationError("retry_budget must be a RetryBudget")
    rate_limit = settings.get("rate_limit")
    if rate_limit is not None and not isinstance(rate_limit, RateLimit):
        raise ConfigurationError("rate_limit must be a RateLimit (or None)")
    limit = settings["max_response_bytes"]
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ConfigurationError("max_response_bytes must be a positive int")
    options = {k: v for k, v in settings.items() if k in CallOptions.__annotations__}
    return PipelineConfig(
        prefix="" if base_url is None else base_url.rstrip("/"),
        headers=(
            ("Accept", "application/json"),
            ("User-Agent", f"superoffice-async/{__version__}"),
        ),
        auth=AppTokenAuth(auth, app_token) if app_token is not None else auth,
        defaults=options,  # type: ignore[arg-type]
        policy=policy,
        budget=budget,
        monitor=SlowCallMonitor(settings.get("slow_call_ms"), settings.get("on_slow_call")),
        clock=settings["clock"],
        max_response_bytes=limit,
        locator=locator,
        rate_limit=rate_limit,
    )


def _network(
    transport: Any,
    verify: bool | str | os.PathLike[str] | ssl.SSLContext,
    proxy: str | None,
    trust_env: bool,
    max_connections: int,
    monotonic: Callable[[], float],
) -> NetworkTransport:
    """The pool: the given transport (httpx ones adapted), else aiohttp."""
    if transport is None:
        from .network.aiohttp_network import AiohttpNetwork

        return AiohttpNetwork(
            verify=verify,
            proxy=proxy,
            trust_env=trust_env,
            max_connections=max_connections,
            monotonic=monotonic,
        )
    if hasattr(transport, "handle_async_request"):
        from .network.httpx_network import HttpxNetwork

        return HttpxNetwork(transport)
    if isinstance(transport, NetworkTransport) and not type(transport).__module__.startswith(
        "httpx"
    ):
        return transport
    raise ConfigurationError("transport must be a NetworkTransport or an httpx async transport")


def _extra_headers(headers: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    if headers is None:
        return ()
    pairs = []
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise InvalidArgumentError("headers must map str to str")
        if any(c in name + value for c in "\r\n\x00") or not name.isascii():
            raise InvalidArgumentError("header names and values must be one line (ASCII names)")
        if name.lower() in ("authorization", "so-apptoken", "x-xsrf-token", "host"):
            raise InvalidArgumentError(f"the {name} header is the client's to set")
        pairs.append((name, value))
    return tuple(pairs)
