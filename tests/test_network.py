"""The network transports against real sockets on 127.0.0.1 (and httpx's MockTransport).

Every server here is a few lines over ``asyncio.start_server``, so that a test decides exactly
what goes on the wire: answers that never end, drops after the request, redirects, cookies.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gzip
import shutil
import socket
import ssl
import subprocess
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import pytest
from pytest_httpx import HTTPXMock

from superoffice_async.errors import (
    ClientClosedError,
    ConfigurationError,
    ConnectionFailedError,
    ConnectTimeoutError,
    ReadTimeoutError,
    ResponseTooLargeError,
    SuperOfficeError,
    TransportError,
)
from superoffice_async.network import NetworkTransport, Timeouts, WireRequest, WireResponse
from superoffice_async.network.aiohttp_network import AiohttpNetwork
from superoffice_async.network.httpx_network import HttpxNetwork

from .raw_server import Handler, Seen, Server, answer, reachable, until_closed

SECRETS = ("Basic c2VjcmV0", "app-token-s3cr3t", "query-s3cr3t", "proxy-s3cr3t")
HEADERS = (
    ("Authorization", "Basic c2VjcmV0"),
    ("SO-AppToken", "app-token-s3cr3t"),
    ("User-Agent", "superoffice-async-test"),
)
TIMEOUTS = Timeouts(connect=2.0, read=2.0, pool=2.0)
SMALL = 64 * 1024
CHUNK = b"x" * 16 * 1024
LIBRARY_MODULES = ("aiohttp", "httpx", "httpcore", "yarl", "multidict")
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "request_method")


async def app(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
    """The origin server: what it does depends on the path."""
    path = seen.target.split("?", 1)[0]
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    if path == "/huge":  # claims 2 GB, sends 10 bytes, waits
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\n\r\n0123456789")
        return await until_closed(reader)
    if path == "/endless":  # chunked, never ends
        writer.write(chunked)
        frame = b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK)
        while True:
            writer.write(frame)
            await writer.drain()
    if path == "/drip":  # chunked, one byte every 50 ms, never ends
        writer.write(chunked)
        while not reader.at_eof():
            writer.write(b"1\r\nx\r\n")
            await writer.drain()
            await asyncio.sleep(0.05)
        return False
    if path == "/drop":  # reads the request, closes without answering
        return False
    if path == "/reset":  # reads the request, resets the connection
        writer.transport.abort()
        return False
    if path == "/silent":  # reads the request, never answers
        return await until_closed(reader)
    if path == "/short":  # promises 100 bytes, sends 10, closes
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")
        await writer.drain()
        return False
    if path == "/cookie":
        writer.write(answer("200 OK", [("Set-Cookie", "session=abc123; Path=/")], b"{}"))
    elif path == "/redirect":
        location = f"http://127.0.0.1:{seen.headers['host'].split(':')[1]}/ok"
        writer.write(answer("302 Found", [("Location", location)]))
    elif path == "/headers":
        body = gzip.compress(b"decoded body")
        headers = [("X-Multi", "one"), ("X-Multi", "two"), ("Content-Encoding", "gzip")]
        writer.write(answer("200 OK", headers, body))
    else:
        writer.write(answer("200 OK", [("Content-Type", "text/plain")], b"hello"))
    await writer.drain()
    return True


async def proxy_app(seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
    """A fake forward proxy: answers every request itself."""
    writer.write(answer("200 OK", [], b"via proxy"))
    await writer.drain()
    return True


@pytest.fixture(autouse=True)
def _no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner's proxy variables must not steer the tests."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Awaitable[Server]]]:
    servers: list[Server] = []

    async def start(handler: Handler = app, tls: ssl.SSLContext | None = None) -> Server:
        server = Server(handler, tls)
        await server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.stop()


@pytest.fixture
async def origin(serve: Callable[..., Awaitable[Server]]) -> Server:
    return await serve()


@pytest.fixture
async def network() -> AsyncIterator[Callable[..., AiohttpNetwork]]:
    made: list[AiohttpNetwork] = []

    def make(**kwargs: Any) -> AiohttpNetwork:
        made.append(AiohttpNetwork(**kwargs))
        return made[-1]

    yield make
    for net in made:
        await net.aclose()


def request(url: str, method: str = "GET", body: bytes | None = None) -> WireRequest:
    return WireRequest(method, url, HEADERS, body)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def assert_clean(error: BaseException) -> None:
    """No secret of the request and no aiohttp/httpx object can be reached from ``error``."""
    assert isinstance(error, SuperOfficeError)
    assert error.__cause__ is None
    assert error.__context__ is None
    for item in reachable(error):
        module = type(item).__module__.split(".")[0]
        assert module not in LIBRARY_MODULES, f"{type(item)} reachable from {error!r}"
        text = repr(item) + str(item)
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} in {text!r}"
    assert "://" not in str(error)  # a server may be named (host:port), never a URL


# --- aiohttp: what goes on the wire ---------------------------------------------------------


def test_made_without_a_running_loop() -> None:
    net = AiohttpNetwork(proxy="http://user:proxy-s3cr3t@127.0.0.1:3128")
    assert isinstance(net, NetworkTransport)
    assert "proxy-s3cr3t" not in repr(net)
    assert "127.0.0.1:3128" in repr(net)


def test_aiohttp_still_has_retry_connection() -> None:
    # The switch turned off in AiohttpNetwork: an aiohttp that renames it must fail here.
    assert "_retry_connection" in aiohttp.ClientSession.ATTRS


async def test_get_sends_our_headers_and_the_url_as_is(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network()
    url = origin.url("/ok/a%2Fb?q=query-s3cr3t&x=%20y")
    first = await net.send(request(url), timeouts=TIMEOUTS, max_body=SMALL)
    second = await net.send(request(url), timeouts=TIMEOUTS, max_body=SMALL)
    assert first == second == WireResponse(200, {"content-type": "text/plain"}, b"hello")
    seen = origin.seen[0]
    assert seen.target == "/ok/a%2Fb?q=query-s3cr3t&x=%20y"
    assert seen.headers["authorization"] == "Basic c2VjcmV0"
    assert seen.headers["so-apptoken"] == "app-token-s3cr3t"
    assert seen.headers["user-agent"] == "superoffice-async-test"
    assert "accept-encoding" not in seen.headers
    assert origin.connections == 1  # kept alive and reused
    assert net._session is not None
    assert net._session._retry_connection is False


async def test_put_sends_the_body(origin: Server, network: Callable[..., AiohttpNetwork]) -> None:
    net = network()
    await net.send(request(origin.url(), "PUT", b'{"a": 1}'), timeouts=TIMEOUTS, max_body=SMALL)
    assert origin.seen[0].method == "PUT"
    assert origin.seen[0].body == b'{"a": 1}'


async def test_headers_lower_case_joined_and_body_decoded(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    answer = await network().send(
        request(origin.url("/headers")), timeouts=TIMEOUTS, max_body=SMALL
    )
    assert answer.body == b"decoded body"
    assert answer.headers["x-multi"] == "one, two"
    assert "content-encoding" not in answer.headers


async def test_redirect_is_not_followed(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    answer = await network().send(
        request(origin.url("/redirect")), timeouts=TIMEOUTS, max_body=SMALL
    )
    assert answer.status == 302
    assert answer.headers["location"] == origin.url("/ok")
    assert [seen.target for seen in origin.seen] == ["/redirect"]


async def test_cookie_is_not_replayed(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network()
    # A host name: aiohttp's default jar never keeps cookies of an IP address anyway.
    url = f"http://localhost:{origin.port}"
    first = await net.send(request(f"{url}/cookie"), timeouts=TIMEOUTS, max_body=SMALL)
    assert first.headers["set-cookie"] == "session=abc123; Path=/"
    await net.send(request(f"{url}/ok"), timeouts=TIMEOUTS, max_body=SMALL)
    assert "cookie" not in origin.seen[1].headers


async def test_netrc_is_not_read(
    origin: Server,
    network: Callable[..., AiohttpNetwork],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login user password netrc-s3cr3t\n")
    monkeypatch.setenv("NETRC", str(netrc))
    await network().send(
        WireRequest("GET", origin.url(), [("User-Agent", "test")]), timeouts=TIMEOUTS, max_body=5
    )
    assert "authorization" not in origin.seen[0].headers


# --- aiohttp: bounded answers ---------------------------------------------------------------


async def test_content_length_above_the_limit_fails_before_reading(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    started = time.monotonic()
    with pytest.raises(ResponseTooLargeError) as caught:
        await network().send(request(origin.url("/huge")), timeouts=TIMEOUTS, max_body=SMALL)
    assert time.monotonic() - started < 1
    assert caught.value.limit == SMALL
    assert "2147483648" in str(caught.value)
    assert_clean(caught.value)
    await origin.wait_ended(1)  # the connection was closed, not pooled


async def test_endless_body_fails_past_the_limit_with_flat_memory(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network()
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as caught:
            await net.send(request(origin.url("/endless")), timeouts=TIMEOUTS, max_body=SMALL)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024
    assert_clean(caught.value)
    await origin.wait_ended(1)
    # The next call gets a fresh connection.
    await net.send(request(origin.url("/ok")), timeouts=TIMEOUTS, max_body=SMALL)
    assert origin.connections == 2


async def test_body_of_exactly_the_limit_is_read(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    answer = await network().send(request(origin.url("/ok")), timeouts=TIMEOUTS, max_body=5)
    assert answer.body == b"hello"
    with pytest.raises(ResponseTooLargeError):
        await network().send(request(origin.url("/ok")), timeouts=TIMEOUTS, max_body=4)


# --- aiohttp: failures ----------------------------------------------------------------------


async def test_drip_is_bounded_by_the_callers_timeout(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network()
    started = time.monotonic()
    with pytest.raises(TimeoutError) as caught:
        async with asyncio.timeout(0.3):
            await net.send(request(origin.url("/drip")), timeouts=TIMEOUTS, max_body=SMALL)
    assert type(caught.value) is TimeoutError  # asyncio.timeout's own, not an SDK error
    assert time.monotonic() - started < 1
    await origin.wait_ended(1)  # the broken connection was closed, not pooled
    answer = await net.send(request(origin.url("/ok")), timeouts=TIMEOUTS, max_body=SMALL)
    assert answer.status == 200
    assert origin.connections == 2


async def test_cancellation_turned_into_a_timeout_by_aiohttp_stays_a_cancellation(
    network: Callable[..., AiohttpNetwork], monkeypatch: pytest.MonkeyPatch
) -> None:
    net = network()
    session = net._open()

    async def swallowing(*args: Any, **kwargs: Any) -> None:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise aiohttp.SocketTimeoutError("Timeout on reading data from socket") from None

    monkeypatch.setattr(session, "request", swallowing)
    with pytest.raises(TimeoutError) as caught:
        async with asyncio.timeout(0.05):
            await net.send(request("http://127.0.0.1:1/"), timeouts=TIMEOUTS, max_body=SMALL)
    assert type(caught.value) is TimeoutError
    assert isinstance(caught.value.__cause__, asyncio.CancelledError)
    assert caught.value.__cause__.__context__ is None


@pytest.mark.parametrize("caller_cancels", [False, True])
async def test_the_attempt_limit_is_a_timeout_unless_the_caller_cancels_too(
    network: Callable[..., AiohttpNetwork], monkeypatch: pytest.MonkeyPatch, caller_cancels: bool
) -> None:
    net = network()
    session = net._open()

    async def hanging(*args: Any, **kwargs: Any) -> None:
        task = asyncio.current_task()
        assert task is not None
        if caller_cancels:
            task.cancel()  # the caller's cancel, as the attempt's limit (0 s) passes too
        await asyncio.sleep(10)

    monkeypatch.setattr(session, "request", hanging)
    sending = asyncio.ensure_future(
        net.send(request("http://127.0.0.1:1/"), timeouts=TIMEOUTS, max_body=SMALL, limit=0.0)
    )
    if caller_cancels:
        with pytest.raises(asyncio.CancelledError):
            await sending
        assert sending.cancelled()
    else:
        with pytest.raises(TimeoutError) as caught:
            await sending
        assert type(caught.value) is TimeoutError  # the attempt's limit: the caller names it
        assert caught.value.__context__ is None


@pytest.mark.parametrize("path", ["/drop", "/reset"])
async def test_dropped_put_is_sent_exactly_once(
    path: str, origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    with pytest.raises(ConnectionFailedError) as caught:
        await network().send(
            request(origin.url(path), "PUT", b"{}"), timeouts=TIMEOUTS, max_body=SMALL
        )
    assert caught.value.request_sent is True
    assert len(origin.seen) == 1
    assert_clean(caught.value)


@pytest.mark.parametrize("path", ["/drop", "/reset"])
async def test_dropped_put_on_a_kept_alive_connection_is_sent_exactly_once(
    path: str, origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network()
    await net.send(request(origin.url("/ok")), timeouts=TIMEOUTS, max_body=SMALL)
    with pytest.raises(ConnectionFailedError) as caught:
        await net.send(request(origin.url(path), "PUT", b"{}"), timeouts=TIMEOUTS, max_body=SMALL)
    assert caught.value.request_sent is True
    assert [seen.target for seen in origin.seen] == ["/ok", path]
    assert origin.connections == 1
    assert_clean(caught.value)


async def test_aiohttp_would_resend_without_the_switch(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    # Proves the test above can see a hidden re-send: aiohttp's default sends the PUT twice.
    net = network()
    net._open()._retry_connection = True
    with pytest.raises(ConnectionFailedError):
        await net.send(
            request(origin.url("/drop"), "PUT", b"{}"), timeouts=TIMEOUTS, max_body=SMALL
        )
    assert len(origin.seen) == 2


async def test_connection_refused_was_never_sent(network: Callable[..., AiohttpNetwork]) -> None:
    url = f"http://127.0.0.1:{free_port()}/ok?q=query-s3cr3t"
    with pytest.raises(ConnectionFailedError) as caught:
        await network().send(request(url), timeouts=TIMEOUTS, max_body=SMALL)
    assert caught.value.request_sent is False
    assert_clean(caught.value)
    assert f"could not connect to {url.split('/')[2]} (" in str(caught.value)  # names the host


async def test_silent_server_is_a_read_timeout(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    with pytest.raises(ReadTimeoutError) as caught:
        await network().send(
            request(origin.url("/silent")), timeouts=Timeouts(read=0.1), max_body=SMALL
        )
    assert caught.value.request_sent is True
    assert_clean(caught.value)
    await origin.wait_ended(1)


async def test_no_free_connection_in_time_is_a_connect_timeout(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network(max_connections=1)
    holding = asyncio.create_task(
        net.send(request(origin.url("/silent")), timeouts=TIMEOUTS, max_body=SMALL)
    )
    await origin.wait_seen(1)
    with pytest.raises(ConnectTimeoutError) as caught:
        await net.send(request(origin.url("/ok")), timeouts=Timeouts(pool=0.1), max_body=SMALL)
    assert caught.value.request_sent is False
    assert_clean(caught.value)
    holding.cancel()
    with pytest.raises(asyncio.CancelledError):
        await holding
    await origin.wait_ended(1)
    # The cancelled call gave its connection slot back.
    answer = await net.send(request(origin.url("/ok")), timeouts=Timeouts(pool=1), max_body=SMALL)
    assert answer.status == 200


async def test_short_body_is_a_failure_after_sending(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    with pytest.raises(ConnectionFailedError) as caught:
        await network().send(request(origin.url("/short")), timeouts=TIMEOUTS, max_body=SMALL)
    assert caught.value.request_sent is True
    assert_clean(caught.value)


async def test_send_after_aclose(origin: Server) -> None:
    net = AiohttpNetwork()
    await net.send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    await net.aclose()
    await net.aclose()
    with pytest.raises(ClientClosedError):
        await net.send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    never_used = AiohttpNetwork()
    await never_used.aclose()
    with pytest.raises(ClientClosedError):
        await never_used.send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)


# --- aiohttp: proxies -----------------------------------------------------------------------


@pytest.fixture
async def proxy(serve: Callable[..., Awaitable[Server]]) -> Server:
    return await serve(proxy_app)


async def test_proxy_from_the_environment(
    origin: Server,
    proxy: Server,
    network: Callable[..., AiohttpNetwork],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"127.0.0.1:{proxy.port}")  # no scheme: http
    answer = await network().send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert answer.body == b"via proxy"
    assert proxy.seen[0].target == origin.url()  # absolute form
    assert not origin.seen


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1", "*"])
async def test_no_proxy_bypasses_the_environments_proxy(
    no_proxy: str,
    origin: Server,
    proxy: Server,
    network: Callable[..., AiohttpNetwork],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("http_proxy", proxy.url("/"))
    monkeypatch.setenv("NO_PROXY", no_proxy)
    answer = await network().send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert answer.body == b"hello"
    assert not proxy.seen


async def test_trust_env_false_ignores_the_environment(
    origin: Server,
    proxy: Server,
    network: Callable[..., AiohttpNetwork],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALL_PROXY", proxy.url("/"))
    answer = await network(trust_env=False).send(
        request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL
    )
    assert answer.body == b"hello"
    assert not proxy.seen


async def test_https_proxy_is_not_used_for_http(
    origin: Server,
    proxy: Server,
    network: Callable[..., AiohttpNetwork],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url("/"))
    answer = await network().send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert answer.body == b"hello"


async def test_explicit_proxy_with_credentials(
    origin: Server, proxy: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    net = network(proxy=f"http://user:proxy-s3cr3t@127.0.0.1:{proxy.port}", trust_env=False)
    assert "proxy-s3cr3t" not in repr(net)
    answer = await net.send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert answer.body == b"via proxy"
    seen = proxy.seen[0]
    assert seen.target == origin.url()
    assert seen.headers["proxy-authorization"] == "Basic " + base64.b64encode(
        b"user:proxy-s3cr3t"
    ).decode("ascii")


async def test_refused_proxy_error_holds_no_credentials(
    origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    port = free_port()
    net = network(proxy=f"http://user:proxy-s3cr3t@127.0.0.1:{port}")
    with pytest.raises(ConnectionFailedError) as caught:
        await net.send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert caught.value.request_sent is False
    assert_clean(caught.value)
    assert f"could not connect to the proxy 127.0.0.1:{port}" in str(caught.value)


@pytest.mark.parametrize("value", ["socks5://127.0.0.1:1080", "http://", "ftp://proxy:21"])
def test_unusable_proxy_is_a_configuration_error(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigurationError):
        AiohttpNetwork(proxy=value)
    monkeypatch.setenv("HTTPS_PROXY", value)
    with pytest.raises(ConfigurationError, match="HTTPS_PROXY"):
        AiohttpNetwork()
    AiohttpNetwork(trust_env=False)


# --- aiohttp: TLS ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl command."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("no openssl command to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(  # noqa: S603 (fixed arguments)
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
async def tls_origin(
    serve: Callable[..., Awaitable[Server]], certificate: tuple[Path, Path]
) -> Server:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    return await serve(app, context)


async def test_verify_with_a_ca_bundle_file(
    tls_origin: Server, certificate: tuple[Path, Path], network: Callable[..., AiohttpNetwork]
) -> None:
    for verify in (certificate[0], str(certificate[0])):
        answer = await network(verify=verify).send(
            request(tls_origin.url()), timeouts=TIMEOUTS, max_body=SMALL
        )
        assert answer.body == b"hello"


async def test_unknown_certificate_is_refused_before_sending(
    tls_origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    with pytest.raises(ConnectionFailedError) as caught:
        await network().send(request(tls_origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert caught.value.request_sent is False
    assert_clean(caught.value)
    assert not tls_origin.seen


async def test_verify_false_accepts_any_certificate(
    tls_origin: Server, network: Callable[..., AiohttpNetwork]
) -> None:
    answer = await network(verify=False).send(
        request(tls_origin.url()), timeouts=TIMEOUTS, max_body=SMALL
    )
    assert answer.body == b"hello"


async def tunnel_app(
    seen: Seen, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> bool:
    """A fake proxy for https: CONNECT, then bytes piped both ways."""
    host, port = seen.target.rsplit(":", 1)
    up_reader, up_writer = await asyncio.open_connection(host, int(port))
    writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")

    async def pipe(source: asyncio.StreamReader, target: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await source.read(65536):
                target.write(data)
                await target.drain()
        target.close()

    try:
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
    finally:
        up_writer.close()
    return False


async def test_https_through_the_environments_proxy(
    tls_origin: Server,
    serve: Callable[..., Awaitable[Server]],
    certificate: tuple[Path, Path],
    network: Callable[..., AiohttpNetwork],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tunnel = await serve(tunnel_app)
    monkeypatch.setenv("HTTPS_PROXY", f"http://user:proxy-s3cr3t@127.0.0.1:{tunnel.port}")
    net = network(verify=certificate[0])
    answer = await net.send(request(tls_origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
    assert answer.body == b"hello"
    connect = tunnel.seen[0]
    assert (connect.method, connect.target) == ("CONNECT", f"127.0.0.1:{tls_origin.port}")
    assert connect.headers["proxy-authorization"].startswith("Basic ")
    assert "proxy-authorization" not in tls_origin.seen[0].headers
    assert tls_origin.seen[0].headers["authorization"] == "Basic c2VjcmV0"


def test_verify_paths(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"missing\.pem"):
        AiohttpNetwork(verify="missing.pem")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    with pytest.raises(ConfigurationError, match=r"garbage\.pem"):
        AiohttpNetwork(verify=garbage)
    AiohttpNetwork(verify=tmp_path)  # a CA directory
    AiohttpNetwork(verify=ssl.create_default_context())
    with pytest.raises(ConfigurationError):
        AiohttpNetwork(verify=1)  # type: ignore[arg-type]


def test_bad_pool_settings() -> None:
    with pytest.raises(ConfigurationError):
        AiohttpNetwork(max_connections=0)
    with pytest.raises(ConfigurationError):
        AiohttpNetwork(keepalive_expiry=-1)


# --- the httpx adapter ----------------------------------------------------------------------


class EndlessStream(httpx.AsyncByteStream):
    """An answer body that never ends; counts what was taken and whether it was closed."""

    def __init__(self) -> None:
        self.produced = 0
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            self.produced += len(CHUNK)
            yield CHUNK

    async def aclose(self) -> None:
        self.closed = True


class ClosingTransport(httpx.MockTransport):
    """A MockTransport that records being closed."""

    closed = 0

    async def aclose(self) -> None:
        self.closed += 1


def mock(handler: Callable[[httpx.Request], httpx.Response]) -> HttpxNetwork:
    return HttpxNetwork(httpx.MockTransport(handler))


async def test_httpx_request_and_answer() -> None:
    seen: list[httpx.Request] = []

    def handler(wire: httpx.Request) -> httpx.Response:
        seen.append(wire)
        headers = [("X-Multi", "one"), ("X-Multi", "two"), ("Content-Encoding", "gzip")]
        return httpx.Response(302, headers=headers, content=gzip.compress(b"decoded body"))

    net = mock(handler)
    assert isinstance(net, NetworkTransport)
    answer = await net.send(
        WireRequest("PUT", "https://example.com/a%2Fb?q=x%20y", HEADERS, b"{}"),
        timeouts=Timeouts(connect=1, read=2, pool=3),
        max_body=SMALL,
    )
    assert answer.status == 302
    assert answer.body == b"decoded body"
    assert answer.headers["x-multi"] == "one, two"
    assert "content-encoding" not in answer.headers
    wire = seen[0]
    assert wire.extensions["timeout"] == {"connect": 1, "read": 2, "write": 2, "pool": 3}
    assert wire.method == "PUT"
    assert str(wire.url) == "https://example.com/a%2Fb?q=x%20y"
    assert wire.headers["authorization"] == "Basic c2VjcmV0"
    assert wire.content == b"{}"


@pytest.mark.parametrize(
    ("raised", "expected", "sent"),
    [
        (httpx.ConnectError, ConnectionFailedError, False),
        (httpx.ConnectTimeout, ConnectTimeoutError, False),
        (httpx.PoolTimeout, ConnectTimeoutError, False),
        (httpx.ReadTimeout, ReadTimeoutError, True),
        (httpx.WriteTimeout, ReadTimeoutError, True),
        (httpx.TimeoutException, ReadTimeoutError, True),
        (httpx.RemoteProtocolError, ConnectionFailedError, True),
        (httpx.ReadError, ConnectionFailedError, True),
        (httpx.WriteError, ConnectionFailedError, True),
        (httpx.ProxyError, ConnectionFailedError, True),
        (httpx.DecodingError, ConnectionFailedError, True),
    ],
)
async def test_httpx_errors_are_mapped(
    raised: type[httpx.RequestError], expected: type[TransportError], sent: bool
) -> None:
    def handler(wire: httpx.Request) -> httpx.Response:
        raise raised(f"boom {wire.url} {wire.headers['authorization']}", request=wire)

    net = mock(handler)
    with pytest.raises(expected) as caught:
        await net.send(
            request("https://example.com/?q=query-s3cr3t"), timeouts=TIMEOUTS, max_body=SMALL
        )
    assert type(caught.value) is expected
    assert caught.value.request_sent is sent
    assert raised.__name__ in str(caught.value)
    assert_clean(caught.value)


async def test_httpx_content_length_above_the_limit() -> None:
    stream = EndlessStream()
    net = mock(
        lambda wire: httpx.Response(200, headers={"Content-Length": "2147483648"}, stream=stream)
    )
    with pytest.raises(ResponseTooLargeError) as caught:
        await net.send(request("https://example.com/"), timeouts=TIMEOUTS, max_body=SMALL)
    assert stream.produced == 0
    assert stream.closed
    assert_clean(caught.value)


async def test_httpx_endless_body() -> None:
    stream = EndlessStream()
    net = mock(lambda wire: httpx.Response(200, stream=stream))
    with pytest.raises(ResponseTooLargeError) as caught:
        await net.send(request("https://example.com/"), timeouts=TIMEOUTS, max_body=SMALL)
    assert SMALL < stream.produced <= SMALL + len(CHUNK)
    assert stream.closed
    assert_clean(caught.value)


async def test_httpx_aclose_closes_the_transport() -> None:
    transport = ClosingTransport(lambda wire: httpx.Response(200))
    net = HttpxNetwork(transport)
    await net.aclose()
    await net.aclose()
    assert transport.closed == 1
    with pytest.raises(ClientClosedError):
        await net.send(request("https://example.com/"), timeouts=TIMEOUTS, max_body=SMALL)


async def test_httpx_with_pytest_httpx(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url="https://example.com/ok", json={"a": 1})
    net = HttpxNetwork(httpx.AsyncHTTPTransport())
    answer = await net.send(request("https://example.com/ok"), timeouts=TIMEOUTS, max_body=SMALL)
    await net.aclose()
    assert answer.status == 200
    assert answer.body == b'{"a":1}'
    sent = httpx_mock.get_request()
    assert sent is not None
    assert set(sent.extensions["timeout"]) == {"connect", "read", "write", "pool"}


async def test_httpx_transport_over_real_sockets(origin: Server) -> None:
    net = HttpxNetwork(httpx.AsyncHTTPTransport())
    try:
        answer = await net.send(request(origin.url()), timeouts=TIMEOUTS, max_body=SMALL)
        assert answer.body == b"hello"
        with pytest.raises(ResponseTooLargeError):
            await net.send(request(origin.url("/endless")), timeouts=TIMEOUTS, max_body=SMALL)
        with pytest.raises(ConnectionFailedError) as caught:
            await net.send(
                request(origin.url("/drop"), "PUT", b"{}"), timeouts=TIMEOUTS, max_body=SMALL
            )
        assert caught.value.request_sent is True
        assert_clean(caught.value)
        url = f"http://127.0.0.1:{free_port()}/"
        with pytest.raises(ConnectionFailedError) as caught:
            await net.send(request(url), timeouts=TIMEOUTS, max_body=SMALL)
        assert caught.value.request_sent is False
        assert_clean(caught.value)
    finally:
        await net.aclose()


@pytest.mark.parametrize("name", ["_retry_connection", "_wait_for_available_connection"])
async def test_an_aiohttp_without_the_private_names_is_refused(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # An aiohttp that renamed them would re-send requests by itself (or hide pool waits):
    # refused by an explicit check that ``python -O`` keeps, naming the version needed.
    if name == "_retry_connection":
        monkeypatch.setattr(aiohttp.ClientSession, "ATTRS", aiohttp.ClientSession.ATTRS - {name})
    else:
        monkeypatch.delattr(aiohttp.BaseConnector, name)
    net = AiohttpNetwork()
    with pytest.raises(RuntimeError, match=rf"{name}: .*aiohttp >= 3\.11"):
        net._open()
    assert net._session is None  # refused before a session or connector was made
    await net.aclose()
