"""A raw HTTP/1.1 server on 127.0.0.1 for tests that decide exactly what goes on the wire, and
a walk over everything an error leads to (for the secrets checks)."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import types
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass


@dataclass
class Seen:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int


Handler = Callable[[Seen, asyncio.StreamReader, asyncio.StreamWriter], Awaitable[bool]]


class Server:
    """Reads requests on 127.0.0.1 and hands each to ``handler`` (False: close the connection)."""

    def __init__(self, handler: Handler, tls: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.tls = tls
        self.seen: list[Seen] = []
        self.connections = 0
        self.ended = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._changed = asyncio.Event()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
        self.port: int = self._server.sockets[0].getsockname()[1]

    def url(self, path: str = "/ok") -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        number = self.connections
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    if line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                seen = Seen(method, target, headers, body, number)
                self.seen.append(seen)
                self._changed.set()
                if not await self.handler(seen, reader, writer):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        except asyncio.CancelledError:
            writer.transport.abort()
            raise
        finally:
            if not writer.is_closing():
                writer.close()
            self.ended += 1
            self._changed.set()
            self._tasks.discard(task)

    async def wait_ended(self, count: int) -> None:
        """Until ``count`` connections have ended (closed by either side)."""
        await self._wait(lambda: self.ended >= count)

    async def wait_seen(self, count: int) -> None:
        """Until ``count`` requests have been read."""
        await self._wait(lambda: len(self.seen) >= count)

    async def _wait(self, done: Callable[[], bool]) -> None:
        async with asyncio.timeout(2):
            while not done():
                self._changed.clear()
                await self._changed.wait()

    async def stop(self) -> None:
        self._server.close()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._server.wait_closed()


def answer(status: str, headers: list[tuple[str, str]], body: bytes = b"") -> bytes:
    """One whole HTTP/1.1 answer with a Content-Length."""
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers)]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def until_closed(reader: asyncio.StreamReader) -> bool:
    """Wait for the client to close the connection."""
    with contextlib.suppress(ConnectionError):
        while await reader.read(65536):
            pass
    return False


def reachable(root: object) -> Iterator[object]:
    """Everything an error leads to: cause, context, args and attributes (not frames)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, type | types.ModuleType | types.FunctionType | types.MethodType):
            continue
        if isinstance(item, BaseException):
            stack += [item.__cause__, item.__context__, *item.args]
        if isinstance(item, list | tuple | set | frozenset):
            stack += list(item)
        elif isinstance(item, dict):
            stack += [*item.keys(), *item.values()]
        with contextlib.suppress(TypeError):
            stack += list(vars(item).values())
        for name in getattr(type(item), "__slots__", ()):
            stack.append(getattr(item, name, None))
