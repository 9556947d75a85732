"""The client facade: configuration, lifecycle and the one way a call is made.

``SuperOfficeClient`` owns one httpx connection pool behind ``SuperOfficeTransport``. Its
resources (``users`` for REST, ``user_agent`` for the RPC agent) call generated operations
through ``invoke``, which adds the options, and turns what the generated parsing raises into
``ResponseValidationError``. Any generated operation can be used with ``client.generated`` or
``client.call``, on the same pool and pipeline.
"""

from __future__ import annotations

import functools
import inspect
import ssl
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, Unpack, cast

import httpx

from ._generated import errors as generated_errors
from ._generated.client import Client as GeneratedClient
from ._generated.types import Response
from ._version import __version__
from .aiohttp_transport import AiohttpTransport
from .auth import AppTokenAuth, Auth
from .bulk import BulkOperation, BulkRun
from .errors import (
    ClientClosedError,
    ConfigurationError,
    ResponseValidationError,
    SuperOfficeError,
    TransportError,
)
from .http import PipelineClient
from .options import (
    CallOptions,
    CallState,
    call_scope,
    header_arguments,
    remember,
    validate_options,
)
from .retry import RetryBudget, RetryPolicy
from .routes import RouteTable
from .slowcall import SlowCallHook, SlowCallMonitor
from .transport import Clock, SuperOfficeTransport
from .user_agent import UserAgentResource
from .users import UsersResource

__all__ = ["DEFAULT_TIMEOUT", "SuperOfficeClient"]

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0
"""Seconds for each network phase of a call when neither client nor call sets one."""


class SuperOfficeClient:
    """An async client for the SuperOffice WebAPI User endpoints.

    Use it as ``async with SuperOfficeClient(base_url, auth=...) as so:``. ``base_url`` is the
    site including any tenant path, for example ``https://sod2.superoffice.com/Cust12345``.
    """

    def __init__(
        self,
        base_url: str,
        *,
        auth: Auth,
        app_token: str | None = None,
        verify: bool | ssl.SSLContext = True,
        max_connections: int = 100,
        retry_policy: RetryPolicy | None = None,
        retry_budget: RetryBudget | None = None,
        slow_call_ms: int | Mapping[str, int] | None = None,
        on_slow_call: SlowCallHook | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        url = _check_base_url(base_url)
        if not isinstance(auth, Auth):
            raise ConfigurationError(
                "auth must be BasicAuth, SOTicketAuth, BearerAuth or XsrfTokenAuth"
            )
        self._defaults: CallOptions = validate_options(options)
        self._auth_scheme = auth.scheme
        self.base_url = str(url)
        inner = transport or AiohttpTransport(verify=verify, max_connections=max_connections)
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise ConfigurationError("retry_policy must be a RetryPolicy")
        self._routes = RouteTable(url.path)
        self._transport = SuperOfficeTransport(
            inner,
            self._routes,
            policy=retry_policy,
            budget=retry_budget or RetryBudget(),
            monitor=SlowCallMonitor(slow_call_ms, on_slow_call),
            clock=clock,
        )
        self._http = PipelineClient(
            url,
            headers={
                "Accept": "application/json",
                "User-Agent": f"superoffice-async/{__version__}",
            },
            auth=AppTokenAuth(auth, app_token) if app_token is not None else auth,
            transport=self._transport,
            timeout=DEFAULT_TIMEOUT,
        )
        self.generated = GeneratedClient(base_url=self.base_url, raise_on_unexpected_status=True)
        """The generated client bound to this pool; pass it to any generated operation."""
        self.generated.set_async_httpx_client(cast(httpx.AsyncClient, self._http))
        self.generated.set_httpx_client(httpx.Client(transport=_AsyncOnlyTransport()))
        self._owner = True
        self.users = UsersResource(self)
        """REST ``/api/v1/User``."""
        self.user_agent = UserAgentResource(self)
        """RPC agent ``/api/v1/Agents/User``."""

    def with_options(self, **options: Unpack[CallOptions]) -> SuperOfficeClient:
        """A client with other default options that shares this one's connection pool."""
        clone = object.__new__(SuperOfficeClient)
        clone.__dict__.update(self.__dict__)
        clone._defaults = validate_options({**self._defaults, **options})
        clone._owner = False
        clone.users = UsersResource(clone)
        clone.user_agent = UserAgentResource(clone)
        return clone

    async def invoke(
        self,
        operation: Callable[..., Awaitable[Response[Any]]],
        options: CallOptions,
        **arguments: Any,
    ) -> Any:
        """Call a generated ``asyncio_detailed`` operation; returns its parsed answer."""
        validate_options(options)
        merged: CallOptions = {**self._defaults, **options}
        if self._http.is_closed:
            raise ClientClosedError("the client is closed; create a new SuperOfficeClient")
        state = CallState.from_options(merged)
        expected = self._routes.by_module.get(operation.__module__.rsplit(".", 1)[-1])
        state.expected_operation = expected.operation_id if expected else None
        with call_scope(state) as call:
            try:
                headers = header_arguments(self._defaults, options, _parameters(operation))
                response = await operation(client=self.generated, **arguments, **headers)
            except SuperOfficeError as exc:
                exc.attempts = max(call.attempts, 1)
                raise
            except generated_errors.UnexpectedStatus as exc:
                raise ResponseValidationError(
                    f"answered {exc.status_code}, which the spec does not document",
                    status_code=exc.status_code,
                    operation_id=call.operation_id,
                ) from exc
            except httpx.HTTPError as exc:
                raise TransportError(
                    f"request failed: {type(exc).__name__}", operation_id=call.operation_id
                ) from exc
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                if call.attempts == 0:
                    raise  # no request was made: the call itself was wrong (a bad argument)
                raise ResponseValidationError(
                    f"{call.operation_id or 'the operation'}: the answer does not match the spec:"
                    f" {describe_parse_error(exc)}",
                    operation_id=call.operation_id,
                ) from exc
            finally:
                remember(call.record)
        return response.parsed

    def bulk(
        self,
        items: Iterable[BulkOperation] | AsyncIterable[BulkOperation],
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
        return BulkRun(self, items, concurrency=concurrency, progress=progress, total=total)

    @property
    def retry_budget(self) -> RetryBudget:
        """The retry budget shared by all calls of this client (and its ``with_options`` views)."""
        return self._transport.budget

    async def call(
        self, operation: Callable[..., Awaitable[Response[T]]], /, **arguments: Any
    ) -> T:
        """Call any generated ``asyncio_detailed`` operation with typed errors; returns parsed."""
        parsed: T = await self.invoke(operation, {}, **arguments)
        return parsed

    async def aclose(self) -> None:
        """Close the connection pool (clients made by ``with_options`` leave it open)."""
        if self._owner:
            await self._http.aclose()

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
        return f"SuperOfficeClient({self.base_url!r}, auth={self._auth_scheme})"


@functools.cache
def _parameters(operation: Callable[..., Any]) -> frozenset[str]:
    """The keyword arguments a generated operation takes."""
    return frozenset(inspect.signature(operation).parameters)


def describe_parse_error(exc: BaseException) -> str:
    """``Role.Id: expected int | None, got str`` from the generated parsers' exception chain."""
    names: list[str] = []
    detail = f"{type(exc).__name__}: {exc}"
    current: BaseException | None = exc
    while current is not None:
        name, sep, rest = str(current).partition(": expected ")
        if sep:
            names.append(name)
            detail = f"expected {rest}"
        elif names and str(current):
            detail = f"{detail} ({type(current).__name__}: {current})"
        current = current.__cause__
    return f"{'.'.join(names)}: {detail}" if names else detail


def _check_base_url(base_url: str) -> httpx.URL:
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(
            "base_url must be an absolute http(s) URL, like https://sod2.superoffice.com/Cust12345"
        )
    if url.userinfo:
        raise ConfigurationError("base_url must not carry credentials; pass auth=BasicAuth(...)")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not have a query or a fragment")
    return url.copy_with(path=url.path.rstrip("/") + "/")


class _AsyncOnlyTransport(httpx.BaseTransport):
    """Stops the generated ``sync`` functions from bypassing the async pipeline."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(
            "superoffice-async is async only: use the generated asyncio()/asyncio_detailed()"
        )
