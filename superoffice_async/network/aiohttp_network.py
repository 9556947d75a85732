"""The default network: sends each ``WireRequest`` with aiohttp and reads the whole answer.

Why aiohttp and not httpcore (httpx's own transport): httpcore's pool bookkeeping grows with
concurrency and costs several times more CPU per call at 32 calls in flight. Why not the
``httpx-aiohttp`` package: it maps aiohttp's ``ClientConnectionError`` (which includes "server
disconnected" mid-request) to "connect timeout", that is "never sent", which would let a
non-idempotent call be repeated after it may have reached the server. Here only a failure to
connect counts as "never sent".

aiohttp is tamed to keep the rules of ``network``: no cookie jar, no redirect, no ``.netrc``,
no hidden re-send of an idempotent request after a dropped keep-alive connection, and a bounded
answer. One timer per attempt bounds the whole attempt (``limit``), the answer's whole head and
each read of its body: aiohttp's read timeout restarts with every byte, so a server sending its
head a line at a time would never time out; here the head must come within the read timeout of
the request getting its connection (the connector tells the timer; aiohttp's tracing would do it
too, at a third more CPU per call). The wait for a free pool connection is timed in the
connector too, only when there is one. Its exceptions (which carry the request, headers
included) are mapped to SDK errors and never chained.
"""

from __future__ import annotations

import asyncio
import contextvars
import os
import ssl
import time
import urllib.request
from collections.abc import Callable
from typing import Any

import aiohttp
from yarl import URL

from ..errors import (
    ClientClosedError,
    ConfigurationError,
    ConnectionFailedError,
    ConnectTimeoutError,
    EventLoopError,
    ReadTimeoutError,
)
from . import DROPPED_HEADERS, BoundedBody, Timeouts, WireRequest, WireResponse

__all__ = ["AiohttpNetwork"]

_PROXY_SCHEMES = frozenset(("http", "https"))
_MAX_PROXY_CACHE = 256


class AiohttpNetwork:
    """One aiohttp ``ClientSession`` (the connection pool), made on first use in the running loop.

    ``verify``: True for the system's CA store, False for no verification, a CA bundle file or
    directory, or an ``ssl.SSLContext``. ``proxy``: an ``http://`` or ``https://`` proxy for every
    request; when None and ``trust_env`` is true, ``HTTP(S)_PROXY``, ``ALL_PROXY`` and
    ``NO_PROXY`` (read once, here) choose one per request, as httpx does. ``monotonic``: the
    clock that times the wait for a free connection (the client passes its own ``Clock``'s).
    """

    bounds_attempt = True
    """``send`` takes ``limit``: one timer bounds the attempt and the answer's head."""

    def __init__(
        self,
        *,
        verify: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        proxy: str | None = None,
        trust_env: bool = True,
        max_connections: int = 100,
        keepalive_expiry: float = 15.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_connections < 1:
            raise ConfigurationError("max_connections must be at least 1")
        if keepalive_expiry < 0:
            raise ConfigurationError("keepalive_expiry must not be negative")
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._monotonic = monotonic
        self._trust_env = trust_env
        self._proxy = None if proxy is None else _proxy_url(proxy, "proxy")
        # Proxies from the environment, by URL scheme, and the NO_PROXY list; httpx too reads them
        # once, when the client is made.
        self._env_proxies: dict[str, URL] = {}
        self._no_proxy: dict[str, str] = {}
        if self._proxy is None and trust_env:
            found = urllib.request.getproxies_environment()
            for scheme in _PROXY_SCHEMES:
                value = found.get(scheme) or found.get("all")
                if value:
                    self._env_proxies[scheme] = _proxy_url(
                        value, f"{scheme.upper()}_PROXY or ALL_PROXY"
                    )
            if "no" in found:
                self._no_proxy["no"] = found["no"]
        self._proxy_for: dict[tuple[str, str], URL | None] = {}
        self._ssl = _ssl_context(verify)
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False
        self._timeouts: Timeouts | None = None
        self._client_timeout = aiohttp.ClientTimeout()

    def __repr__(self) -> str:
        proxy = "None" if self._proxy is None else repr(str(self._proxy.with_user(None)))
        return (
            f"AiohttpNetwork(proxy={proxy}, trust_env={self._trust_env}, "
            f"max_connections={self._max_connections}, closed={self._closed})"
        )

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise ClientClosedError("the client is closed")
        _require_private_names()
        connector = _Connector(
            monotonic=self._monotonic,
            limit=self._max_connections,
            keepalive_timeout=self._keepalive_expiry,
            ssl=self._ssl,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # a Set-Cookie is never stored nor replayed
            auto_decompress=True,
            skip_auto_headers=("User-Agent", "Accept-Encoding"),
            trust_env=False,  # it would also read ~/.netrc and add its credentials
        )
        # aiohttp re-sends GET, PUT and DELETE once, by itself, when the connection drops before
        # the answer (RFC 9112 9.3.1.1). The request may have been processed: the pipeline alone
        # decides whether to retry, so exactly one request leaves per send. Private attribute:
        # an aiohttp upgrade that renames it must fail loudly (the tests check it too).
        session._retry_connection = False
        self._session = session
        self._loop = asyncio.get_running_loop()
        return session

    def _env_proxy(self, url: URL) -> URL | None:
        """The environment's proxy for ``url``, None when NO_PROXY covers its host."""
        host = url.raw_host or ""
        if url.explicit_port is not None:
            host = f"{host}:{url.explicit_port}"
        key = (url.scheme, host)
        try:
            return self._proxy_for[key]
        except KeyError:
            pass
        proxy = self._env_proxies.get(url.scheme)
        # Missing from typeshed, but in urllib since Python 2 (its ProxyHandler relies on it).
        bypass = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]
        if proxy is not None and self._no_proxy and bypass(host, self._no_proxy):
            proxy = None
        if len(self._proxy_for) >= _MAX_PROXY_CACHE:
            self._proxy_for.clear()
        self._proxy_for[key] = proxy
        return proxy

    async def send(
        self,
        request: WireRequest,
        *,
        timeouts: Timeouts,
        max_body: int,
        limit: float | None = None,
    ) -> WireResponse:
        """Send ``request`` once and read its whole answer, at most ``max_body`` bytes.

        ``limit``: seconds for the whole attempt; when they pass, a bare ``TimeoutError``
        leaves (the caller names it). One timer bounds the attempt and, from the moment the
        request has its connection, the answer's head."""
        session = self._session if self._session is not None else self._open()
        if asyncio.get_running_loop() is not self._loop:
            raise EventLoopError(
                "this client's connection pool belongs to another event loop (the one of its "
                "first call): make one client per event loop, e.g. in your app's lifespan"
            )
        url = URL(request.url, encoded=True)  # already quoted: sent as is
        proxy = self._proxy
        if proxy is None and self._env_proxies:
            proxy = self._env_proxy(url)
        if timeouts is not self._timeouts and timeouts != self._timeouts:
            self._client_timeout = aiohttp.ClientTimeout(
                total=None,  # the attempt's own timer bounds it (see _AttemptTimer)
                connect=timeouts.pool,  # waiting for a free connection, and connecting
                sock_connect=timeouts.connect,
                sock_read=None,  # the attempt's timer bounds each read (see _AttemptTimer)
            )
            self._timeouts = timeouts
        error: BaseException
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("AiohttpNetwork.send must run inside a task")
        attempt = _AttemptTimer(self._loop, limit, timeouts.read, task)
        token = _ATTEMPT.set(attempt)
        try:
            try:
                attempt.start()
                response = await session.request(
                    request.method,
                    url,
                    headers=request.headers,
                    data=request.body,
                    allow_redirects=False,
                    proxy=proxy,
                    timeout=self._client_timeout,
                )
                attempt.head_came()
                try:
                    body = await _read_body(response, max_body, attempt)
                except BaseException:
                    response.close()  # the connection is dropped, never pooled half read
                    raise
            except asyncio.CancelledError:
                if attempt.settle():  # the timer's own cancel, and no other: a timeout
                    raise TimeoutError from None
                raise
            attempt.settle()
            response.release()
            return WireResponse(response.status, _headers(response), body, attempt.pool_wait)
        except aiohttp.ClientConnectorError as exc:  # DNS, refused, unreachable, TLS: never sent
            error = ConnectionFailedError(
                f"could not connect to {_origin(url, proxy)} ({type(exc).__name__})",
                request_sent=False,
            )
        except TimeoutError as exc:  # aiohttp's ServerTimeoutError family are TimeoutErrors too
            attempt.settle()
            if task.cancelling():
                # The caller's own timeout (an asyncio.timeout around the call) or a cancel: let
                # it through as a cancellation, which the caller's asyncio.timeout turns into
                # its TimeoutError.
                error = asyncio.CancelledError()
            elif attempt.fired:
                if attempt.missed == "head":
                    error = ReadTimeoutError(
                        f"the answer's head did not come within {timeouts.read:g} s"
                    )
                elif attempt.missed == "read":
                    error = ReadTimeoutError(
                        f"no more of the answer came within {timeouts.read:g} s"
                    )
                else:
                    error = TimeoutError()  # the attempt's limit: the caller names it
            elif isinstance(exc, aiohttp.ConnectionTimeoutError):
                error = ConnectTimeoutError(f"no connection in time ({type(exc).__name__})")
            else:
                error = ReadTimeoutError(f"no answer in time ({type(exc).__name__})")
        except (aiohttp.ClientError, OSError) as exc:  # disconnected, reset, bad answer: maybe sent
            error = ConnectionFailedError(
                f"connection failed during the call ({type(exc).__name__})", request_sent=True
            )
        finally:
            attempt.stop()
            attempt.settle()
            _ATTEMPT.reset(token)
        # Raised here, outside the except blocks, so that neither __cause__ nor __context__ holds
        # aiohttp's exception (it carries the request's URL and headers).
        raise error

    async def aclose(self) -> None:
        """Close the pool; idempotent."""
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()


def _origin(url: URL, proxy: URL | None) -> str:
    """The server a connection was opened to, as ``host:port`` (the proxy's, when one is used):
    enough to name it, without path, query or user information."""
    if proxy is not None:
        return f"the proxy {proxy.raw_host}:{proxy.port}"
    return f"{url.raw_host}:{url.port}"


class _AttemptTimer:
    """The one timer of an attempt: the attempt's limit, the head's, and the gap between reads.

    The connector calls ``connected`` once the request has its connection: from then on the
    answer's whole head must come within ``read_limit`` (aiohttp's read timeout restarts with
    every byte, so it is not used); once it has come (``head_came``), each part of the body must
    come within ``read_limit`` of the one before (``body_read``). One loop timer, set for the
    earliest moment a limit can pass, checks them when it fires, and sets itself again when none
    has: the usual call, done well within every limit, costs that one timer (an
    ``asyncio.Timeout`` moved at each phase, and aiohttp's read timer, would cost five). The
    connector also adds up the seconds the request waited for a free pool connection.

    When a limit passes, the timer cancels the task, as ``asyncio.timeout`` does (and with its
    bookkeeping, ``settle``, without its context manager's cost per call).
    """

    __slots__ = (
        "attempt_at",
        "cancelling",
        "fired",
        "handle",
        "head_at",
        "head_passed",
        "loop",
        "missed",
        "pool_wait",
        "read_at",
        "read_limit",
        "settled",
        "task",
    )

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        limit: float | None,
        read_limit: float | None,
        task: asyncio.Task[Any],
    ) -> None:
        self.loop = loop
        self.task = task
        self.cancelling = task.cancelling()
        """Cancel requests the task had before the attempt (the caller's, not the timer's)."""
        self.fired = False
        """A limit passed and the timer cancelled the task."""
        self.settled = False
        self.attempt_at = None if limit is None else loop.time() + limit
        self.read_limit = read_limit
        self.head_at: float | None = None
        """When the head is due: set once the request has its connection."""
        self.head_passed = False
        self.read_at: float | None = None
        """When the next part of the body is due: set once the head has come."""
        self.missed: str | None = None
        """The limit that ended the attempt: "attempt", "head" or "read"."""
        self.pool_wait = 0.0
        self.handle: asyncio.TimerHandle | None = None

    def start(self) -> None:
        """Bound the attempt: from now on, a limit that passes cancels the task."""
        self._arm(self.loop.time())

    def settle(self) -> bool:
        """Once the attempt is over: take back the timer's cancel request, if it made one (as
        ``asyncio.timeout`` does on exit). True when it did and no other cancel is pending:
        the cancellation the attempt ended with was the timer's alone."""
        if not self.fired or self.settled:
            return False
        self.settled = True
        return self.task.uncancel() <= self.cancelling

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None

    def connected(self) -> None:
        if self.read_limit is not None and not self.head_passed:
            self.head_at = self.loop.time() + self.read_limit

    def head_came(self) -> None:
        self.head_passed = True
        self.head_at = None
        self.body_read()

    def body_read(self) -> None:
        if self.read_limit is not None:
            self.read_at = self.loop.time() + self.read_limit

    def _due(self, now: float) -> list[tuple[float, str]]:
        due = [] if self.attempt_at is None else [(self.attempt_at, "attempt")]
        if self.read_limit is not None:
            if not self.head_passed:
                # Not connected yet: the head cannot be due before now + read_limit.
                head = self.head_at if self.head_at is not None else now + self.read_limit
                due.append((head, "head"))
            elif self.read_at is not None:
                due.append((self.read_at, "read"))
        return due

    def _arm(self, now: float) -> None:
        due = min(self._due(now), default=None)
        self.handle = None if due is None else self.loop.call_at(due[0], self._check)

    def _check(self) -> None:
        now = self.loop.time()
        passed = [
            (at, what)
            for at, what in self._due(now)
            if at <= now and (what != "head" or self.head_at is not None)
        ]
        if not passed:
            self._arm(now)  # woken early (connected later, or more came): the next check
            return
        self.handle = None
        self.missed = min(passed)[1]  # the limit that was due first ended the attempt
        self.fired = True
        self.task.cancel()  # ``send`` turns the cancellation into a TimeoutError (``settle``)


_ATTEMPT: contextvars.ContextVar[_AttemptTimer | None] = contextvars.ContextVar(
    "superoffice_async_attempt", default=None
)
"""The timer of the request the current task is sending (read by ``_Connector``)."""


_POOL_WAIT = "_wait_for_available_connection"
"""aiohttp's private coroutine, awaited only when the pool is full (since aiohttp 3.11)."""


def _require_private_names() -> None:
    """Refuse an aiohttp without the private names this adapter relies on (an ``if``, not an
    ``assert``: ``python -O`` must not turn the re-send switch into a silent no-op)."""
    for name, present in (
        ("_retry_connection", "_retry_connection" in aiohttp.ClientSession.ATTRS),
        (_POOL_WAIT, hasattr(aiohttp.TCPConnector, _POOL_WAIT)),
    ):
        if not present:
            raise RuntimeError(
                f"aiohttp {aiohttp.__version__} has no {name}: superoffice-async needs "
                "aiohttp >= 3.11, < 4 (it turns aiohttp's own re-send off and times the "
                "wait for a free connection there)"
            )


class _Connector(aiohttp.TCPConnector):
    """aiohttp's connector; it starts a request's head timer once the request has its
    connection, and times the request's wait for a free connection of the pool."""

    def __init__(self, *, monotonic: Callable[[], float], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._monotonic = monotonic

    async def connect(self, *args: Any, **kwargs: Any) -> Any:
        connection = await super().connect(*args, **kwargs)
        attempt = _ATTEMPT.get()
        if attempt is not None:
            attempt.connected()
        return connection

    async def _wait_for_available_connection(self, *args: Any, **kwargs: Any) -> None:
        # Private in aiohttp, and only awaited when the pool is full: the wait costs nothing to
        # time when there is none (aiohttp's tracing would cost every request). An aiohttp
        # upgrade that renames it fails loudly (checked when a pool opens, and by the tests).
        started = self._monotonic()
        try:
            await super()._wait_for_available_connection(*args, **kwargs)
        finally:
            attempt = _ATTEMPT.get()
            if attempt is not None:
                attempt.pool_wait += self._monotonic() - started


async def _read_body(
    response: aiohttp.ClientResponse, max_body: int, attempt: _AttemptTimer
) -> bytes:
    """The whole body, or ``ResponseTooLargeError`` as soon as it passes ``max_body`` bytes;
    each part due within the read timeout of the one before (``attempt``'s timer)."""
    declared = response.content_length if response.method != "HEAD" else None
    body = BoundedBody(max_body, response.status, declared)
    content = response.content
    while chunk := await content.readany():
        body.add(chunk)
        attempt.body_read()
    return body.body()


def _headers(response: aiohttp.ClientResponse) -> dict[str, str]:
    """Lower-case keys; the values of a repeated header joined with ", "."""
    raw = response.headers
    headers = {key.lower(): value for key, value in raw.items()}
    if len(headers) != len(raw):  # a repeated name: its values joined, in order
        headers = {}
        for key, value in raw.items():
            name = key.lower()
            previous = headers.get(name)
            headers[name] = value if previous is None else f"{previous}, {value}"
    for name in DROPPED_HEADERS:
        headers.pop(name, None)
    return headers


def _ssl_context(verify: bool | str | os.PathLike[str] | ssl.SSLContext) -> ssl.SSLContext | bool:
    """What aiohttp's connector takes as ``ssl`` for ``verify``."""
    if verify is True:
        return ssl.create_default_context()
    if verify is False:
        return False
    if isinstance(verify, ssl.SSLContext):
        return verify
    if not isinstance(verify, str | os.PathLike):
        raise ConfigurationError(
            "verify must be True, False, a CA bundle path or an ssl.SSLContext, "
            f"not {type(verify).__name__}"
        )
    path = os.fspath(verify)
    is_dir = os.path.isdir(path)
    if not is_dir and not os.path.isfile(path):
        raise ConfigurationError(f"verify: no CA bundle file or directory at {path!r}")
    try:
        if is_dir:
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigurationError(f"verify: cannot load the CA bundle at {path!r}: {exc}") from exc


def _proxy_url(value: str, name: str) -> URL:
    """The proxy as a URL; the value is never echoed (it may hold credentials)."""
    if "://" not in value:
        value = f"http://{value}"  # as httpx and curl read "proxy:3128"
    try:
        url = URL(value)
    except ValueError:
        url = None
    if url is None or url.scheme not in _PROXY_SCHEMES or not url.raw_host:
        raise ConfigurationError(f"{name} must be an http:// or https:// URL with a host")
    return url
