"""Run a sandbox on a real socket, on 127.0.0.1 only, in a background thread."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from types import TracebackType
from typing import Literal, Self

import uvicorn
from starlette.types import ASGIApp

from .app import Sandbox

__all__ = ["SandboxServer"]


class SandboxServer:
    """A sandbox served by uvicorn: ``with SandboxServer() as server: server.url``.

    Binds 127.0.0.1 (or another loopback address) only; port 0 picks a free port.
    """

    lifespan: Literal["on", "off"] = "off"
    """uvicorn's lifespan setting (a subclass serving an app that closes things at shutdown:
    "on")."""

    def __init__(self, sandbox: Sandbox | None = None, host: str = "127.0.0.1", port: int = 0):
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"the sandbox listens on loopback addresses only, not {host}")
        self.sandbox = sandbox or Sandbox()
        self._host = host
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the sandbox is not running")
        port: int = self._socket.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        """The base URL clients use, including the tenant path when the sandbox has one."""
        tenant = f"/{self.sandbox.tenant}" if self.sandbox.tenant else ""
        return f"http://{self._host}:{self.port}{tenant}"

    def asgi(self) -> ASGIApp:
        """The app served (a subclass may serve more around the sandbox)."""
        return self.sandbox.app

    def start(self, timeout: float = 10.0) -> None:
        """Listen and serve; returns once the server accepts connections."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self._socket = sock
        config = uvicorn.Config(
            self.asgi(),
            log_level="error",
            lifespan=self.lifespan,
            access_log=False,
            interface="asgi3",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.01)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the server thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
