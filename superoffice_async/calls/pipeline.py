"""The one request function: operation facts + arguments + options in, typed answer out.

``Pipeline.call(operation, arguments, options)`` is the whole life of a call, in one direction,
each step in its own module:

1. the options (client defaults, then the call's) are merged and checked (``settings``);
2. every argument is checked against the operation's generated facts and the request is built,
   before anything is sent (``prepare``, ``arguments``);
3. attempts are made through the network transport until one succeeds or ``retry`` says stop
   (``attempts``: the shared budget, the call's deadline, each attempt bounded in time);
4. a non-success status becomes its typed error, the answer is parsed (``answer``);
5. the call's record goes to the slow-call monitor and comes back with the answer
   (``RawResponse``) or on the error (``error.record``).

``Pipeline.request`` (the client's ``request()``) takes the same steps with an operation made
for its method and path (``prepare.escape_operation``). Nothing is passed on the side: no
context variable is read or written here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import SuperOfficeError
from ..network import NetworkTransport
from ..operation import Operation
from ..options import CallOptions
from ..records import CallRecord, RawResponse
from ..write_safety import mark_read
from .answer import parse_answer
from .attempts import attempt_until_done
from .prepare import Prepared, assemble, escape_operation, prepare
from .settings import PipelineConfig, Settings, merged, settings

__all__ = ["Pipeline", "PipelineConfig"]

T = TypeVar("T")


class Pipeline:
    """Makes calls for one client configuration over a shared network transport."""

    __slots__ = ("_closed", "_config", "_defaults", "_network")

    def __init__(
        self,
        config: PipelineConfig,
        network: NetworkTransport,
        closed: Callable[[], bool],
    ) -> None:
        self._config = config
        self._network = network
        self._closed = closed
        self._defaults = settings(config, config.defaults)

    @property
    def config(self) -> PipelineConfig:
        return self._config

    async def call(
        self, operation: Operation[T], arguments: tuple[Any, ...], options: CallOptions
    ) -> RawResponse[T]:
        """Check, send (with retries), check the answer and parse it; see the module doc."""
        chosen = self._defaults if not options else merged(self._config, options)
        request = prepare(operation, arguments, chosen.values, options, self._config.headers)
        raw = await self._send(operation, request, chosen)
        if not request.narrowed:
            mark_read(raw.parsed)  # complete: PUT and Save* may send it back (read-modify-write)
        return raw

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: str,
        body: bytes | None,
        headers: tuple[tuple[str, str], ...],
        idempotent: bool,
        options: CallOptions,
    ) -> RawResponse[Any]:
        """A call to any endpoint under the base URL (``path`` already checked and quoted)."""
        chosen = self._defaults if not options else merged(self._config, options)
        operation = escape_operation(method, path, idempotent)
        target = path + (f"?{query}" if query else "")
        all_headers = (*self._config.headers, *headers)
        request = assemble(operation, target, all_headers, body, chosen.values, options)
        return await self._send(operation, request, chosen)

    async def _send(
        self, operation: Operation[T], request: Prepared, chosen: Settings
    ) -> RawResponse[T]:
        config = self._config
        started = config.clock.monotonic()
        attempts = 0
        status: int | None = None
        pool_wait = [0.0]  # seconds spent waiting for a pool connection, over every attempt
        try:
            response, attempts = await attempt_until_done(
                config, self._network, self._closed, operation, request, chosen, started, pool_wait
            )
            status = response.status
            parsed = parse_answer(operation, response)
        except SuperOfficeError as error:
            attempts = attempts or error.attempts
            status = getattr(error, "status_code", status)
            error.record = self._record(operation, started, attempts, status, pool_wait[0])
            raise
        record = self._record(operation, started, attempts, status, pool_wait[0])
        headers = response.headers  # the network's copy, lower-case names: not copied again
        if "set-cookie" in headers:
            headers = {k: v for k, v in headers.items() if k != "set-cookie"}
        return RawResponse(parsed, response.status, headers, record)

    def _record(
        self,
        operation: Operation[Any],
        started: float,
        attempts: int,
        status: int | None,
        pool_wait: float,
    ) -> CallRecord:
        """The call's record (path template, no ids), shown to the slow-call monitor."""
        monitor = self._config.monitor
        record = CallRecord(
            operation_id=operation.operation_id,
            method=operation.method,
            path=operation.path,
            elapsed_ms=(self._config.clock.monotonic() - started) * 1000.0,
            attempts=attempts,
            status_code=status,
            threshold_ms=monitor.threshold_ms(operation.operation_id, operation.slow_ms),
            pool_wait_ms=pool_wait * 1000.0,
        )
        monitor.observe(record)
        return record
