"""Fault injection through the public client: every request counted, answers bounded, no secrets.

A raw server on 127.0.0.1 plays the faults the transport review found: a 2 GB Content-Length, an
endless chunked body, a slow drip, a reset after a PUT, cookies, redirects, a proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from superoffice_async import (
    BasicAuth,
    ConfigurationError,
    ConnectionFailedError,
    ReadTimeoutError,
    RedirectError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    SOTicketAuth,
    SuperOfficeClient,
    SuperOfficeError,
    User,
)

from .raw_server import Seen, Server, answer, reachable, until_closed

USER = {"AssociateId": 5, "Name": "X"}
SECRETS = ("7T:ticket-s3cr3t", "app-token-s3cr3t", "proxy-s3cr3t")
LIBRARY_MODULES = ("aiohttp", "httpx", "httpcore", "yarl", "multidict")


async def api(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
    """A User API with faults chosen by the id in the path."""
    path = seen.target.split("?", 1)[0]
    user_id = path.rsplit("/", 1)[-1]
    json_type = [("Content-Type", "application/json")]
    if user_id == "1":  # claims 2 GB
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Content-Length: 2147483648\r\n\r\n{")
        return await until_closed(reader)
    if user_id == "2":  # chunked, endless
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Transfer-Encoding: chunked\r\n\r\n")
        chunk = b" " * 65536
        with contextlib.suppress(ConnectionError):
            while True:
                writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                await writer.drain()
        return False
    if user_id == "3":  # one byte every 50 ms, forever: every read is quick, the whole is not
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        writer.write(b"Transfer-Encoding: chunked\r\n\r\n")
        with contextlib.suppress(ConnectionError):
            while not reader.at_eof():
                writer.write(b"1\r\n \r\n")
                await writer.drain()
                await asyncio.sleep(0.05)
        return False
    if user_id == "4":  # reads the request, resets the connection
        writer.transport.abort()
        return False
    if user_id == "6":
        writer.write(answer("503 Service Unavailable", json_type, b"{}"))
    elif user_id == "7":
        writer.write(answer("302 Found", [("Location", "https://elsewhere.example/x")]))
    else:
        cookie = [("Set-Cookie", "ASP.NET_SessionId=abc123; Path=/")]
        writer.write(answer("200 OK", json_type + cookie, json.dumps(USER).encode()))
    await writer.drain()
    return True


@pytest.fixture(autouse=True)
def _no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    made = Server(api)
    await made.start()
    yield made
    await made.stop()


@pytest.fixture
async def connect(server: Server) -> AsyncIterator[Callable[..., SuperOfficeClient]]:
    """Clients of the raw server over the default (aiohttp) transport, closed after the test."""
    made: list[SuperOfficeClient] = []

    def make(base_url: str | None = None, **kwargs: object) -> SuperOfficeClient:
        kwargs.setdefault("auth", SOTicketAuth("7T:ticket-s3cr3t"))
        kwargs.setdefault("app_token", "app-token-s3cr3t")
        kwargs.setdefault("retry_policy", RetryPolicy(backoff_initial=0.0, backoff_max=0.0))
        client = SuperOfficeClient(base_url or server.url("/Cust1"), **kwargs)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


def assert_clean(error: BaseException) -> None:
    """No credential and no HTTP-library object can be reached from ``error``."""
    assert isinstance(error, SuperOfficeError)
    for item in reachable(error):
        module = type(item).__module__.split(".")[0]
        assert module not in LIBRARY_MODULES, f"{type(item)} reachable from {error!r}"
        text = repr(item) + str(item)
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} reachable from {error!r}"


async def timed(call: Awaitable[object], seconds: float) -> BaseException:
    """The error ``call`` raises, which must come within ``seconds``."""
    async with asyncio.timeout(seconds):
        try:
            await call
        except SuperOfficeError as error:
            return error
    raise AssertionError("no error")


async def test_a_2_gb_content_length_fails_before_reading(
    connect: Callable[..., SuperOfficeClient],
) -> None:
    so = connect()
    error = await timed(so.users.get(1), 5)
    assert isinstance(error, ResponseTooLargeError)
    assert error.operation_id == "v1User_GetUser"
    assert error.limit == 32 * 1024 * 1024
    assert_clean(error)


async def test_an_endless_body_fails_past_the_limit(
    connect: Callable[..., SuperOfficeClient],
) -> None:
    so = connect(max_response_bytes=1024 * 1024)
    error = await timed(so.users.get(2), 5)
    assert isinstance(error, ResponseTooLargeError)
    assert error.attempts == 1  # not retried: the same answer would come again
    assert_clean(error)


async def test_a_slow_drip_ends_at_the_attempt_limit(
    connect: Callable[..., SuperOfficeClient],
) -> None:
    so = connect(timeout=5.0, attempt_timeout=0.4, max_attempts=2)
    error = await timed(so.users.get(3), 5)
    assert isinstance(error, ReadTimeoutError)
    assert "0.4 s" in str(error)
    assert error.attempts == 2  # GET is idempotent: retried once, each attempt bounded
    assert_clean(error)


async def test_a_slow_drip_ends_at_the_deadline(
    connect: Callable[..., SuperOfficeClient],
) -> None:
    so = connect(timeout=5.0, attempt_timeout=30.0, deadline=0.5)
    error = await timed(so.users.get(3), 5)
    assert isinstance(error, ReadTimeoutError)
    assert str(error).endswith("deadline of 0.5 s reached during the attempt")
    assert error.attempts == 1  # no time left for another
    assert_clean(error)


async def test_a_reset_put_with_retries_off_is_sent_exactly_once(
    server: Server, connect: Callable[..., SuperOfficeClient]
) -> None:
    so = connect(retries=False)
    error = await timed(so.users.put(4, User(name="X"), replace=True), 5)
    assert isinstance(error, ConnectionFailedError)
    assert error.request_sent is True
    await asyncio.sleep(0.05)
    assert [s.method for s in server.seen] == ["PUT"]
    assert error.attempts == 1
    assert_clean(error)


async def test_every_request_that_leaves_is_an_attempt(
    server: Server, connect: Callable[..., SuperOfficeClient]
) -> None:
    so = connect()
    error = await timed(so.users.put(4, User(name="X"), replace=True), 5)
    await asyncio.sleep(0.05)
    assert isinstance(error, ConnectionFailedError)
    assert error.attempts == len(server.seen) == 3  # PUT is idempotent: 3 attempts, 3 requests
    budget = so.retry_budget
    assert budget.available == budget.capacity - 2 * budget.retry_cost


async def test_a_non_idempotent_call_is_never_repeated_after_a_reset(
    server: Server, connect: Callable[..., SuperOfficeClient]
) -> None:
    so = connect()
    error = await timed(so.request("POST", "api/v1/User/4"), 5)
    await asyncio.sleep(0.05)
    assert isinstance(error, ConnectionFailedError)
    assert error.attempts == len(server.seen) == 1


async def test_no_cookie_is_replayed(
    server: Server, connect: Callable[..., SuperOfficeClient]
) -> None:
    so = connect()
    await so.users.get(5)
    await so.users.get(5)
    assert len(server.seen) == 2
    assert all("cookie" not in seen.headers for seen in server.seen)


async def test_a_redirect_is_not_followed_and_names_its_location(
    server: Server, connect: Callable[..., SuperOfficeClient]
) -> None:
    so = connect()
    error = await timed(so.users.get(7), 5)
    assert isinstance(error, RedirectError)
    assert error.location == "https://elsewhere.example/x"
    assert error.status_code == 302
    assert len(server.seen) == 1


async def test_errors_carry_their_record_and_no_secret(
    server: Server, connect: Callable[..., SuperOfficeClient]
) -> None:
    so = connect(max_attempts=2)
    error = await timed(so.users.get(6), 5)
    assert isinstance(error, ServerError)
    assert error.record is not None
    assert (error.record.attempts, error.record.status_code) == (2, 503)
    assert error.record.path == "/api/v1/User/{id}"
    assert_clean(error)


async def test_the_proxy_comes_from_the_environment(
    server: Server, connect: Callable[..., SuperOfficeClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = Server(api)
    await proxy.start()
    try:
        monkeypatch.setenv("HTTP_PROXY", f"http://user:proxy-s3cr3t@127.0.0.1:{proxy.port}")
        monkeypatch.setenv("NO_PROXY", "")
        # plain http to a proxy on loopback, for a host that is not: an explicit opt-in
        so = connect(base_url="http://superoffice.invalid/Cust1", allow_insecure_http=True)
        user = await so.users.get(5)
        assert user.associate_id == 5
        assert proxy.seen[0].target == "http://superoffice.invalid/Cust1/api/v1/User/5"
        assert server.seen == []
        direct = connect(trust_env=False)
        await direct.users.get(5)
        assert len(server.seen) == 1
        explicit = connect(
            base_url="http://superoffice.invalid/Cust1",
            trust_env=False,
            proxy=f"http://127.0.0.1:{proxy.port}",
            allow_insecure_http=True,
        )
        await explicit.users.get(5)
        assert len(proxy.seen) == 2
    finally:
        await proxy.stop()


def test_a_missing_ca_bundle_is_refused_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="CA"):
        SuperOfficeClient("https://x.example/C", auth=BasicAuth("a", "b"), verify="missing.pem")
