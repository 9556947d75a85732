"""The one request pipeline under every generated operation.

``SuperOfficeTransport`` wraps the network transport. For each request it finds the spec
operation (refusing requests that match none), then makes attempts until one succeeds or
``retry.py`` says stop: each attempt is sent and read whole, every failure becomes a typed error
(httpx exceptions, any non-success status, a success that is not JSON), and the deadline bounds
every wait and attempt. When the call ends, its record goes to the slow-call monitor.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from .errors import (
    CallTimeoutError,
    ConnectionFailedError,
    ConnectTimeoutError,
    ReadTimeoutError,
    RequestError,
    ResponseValidationError,
    TransportError,
    UnknownOperationError,
    status_error,
)
from .options import CallState, current_call
from .retry import RetryBudget, RetryPolicy, is_retryable
from .routes import OperationFacts, RouteTable
from .slowcall import CallRecord, SlowCallMonitor

__all__ = ["Clock", "SuperOfficeTransport"]

logger = logging.getLogger("superoffice_async")


class Clock:
    """Time, sleep and randomness of the pipeline; tests replace them."""

    def __init__(
        self,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = random.random,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.monotonic = monotonic
        self.sleep = sleep
        self.random = random
        self.now = now


class SuperOfficeTransport(httpx.AsyncBaseTransport):
    """Routes, sends (with retries) and checks one request; raises typed errors on failure."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        routes: RouteTable,
        *,
        policy: RetryPolicy | None = None,
        budget: RetryBudget | None = None,
        monitor: SlowCallMonitor | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._inner = inner
        self._routes = routes
        self.policy = policy or RetryPolicy()
        self.budget = budget or RetryBudget()
        self._monitor = monitor or SlowCallMonitor()
        self._clock = clock or Clock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        operation = self._routes.match(request.method, path)
        if operation is None:
            raise UnknownOperationError(
                f"{request.method} {path} is no operation of the SuperOffice User API spec; "
                "the request was not sent"
            )
        call = current_call() or CallState()
        if call.expected_operation not in (None, operation.operation_id):
            raise UnknownOperationError(
                f"{call.expected_operation}: the arguments route the request to "
                f"{operation.operation_id} ({operation.method} {operation.path}); it was not sent"
            )
        call.operation_id = operation.operation_id
        clock = self._clock
        started = clock.monotonic()
        status: int | None = None
        try:
            response = await self._attempts(request, operation, call, started)
            status = response.status_code
            return response
        except RequestError as exc:
            status = getattr(exc, "status_code", None)
            raise
        finally:
            record = CallRecord(
                operation_id=operation.operation_id,
                method=operation.method,
                path=operation.path,
                elapsed_ms=(clock.monotonic() - started) * 1000.0,
                attempts=call.attempts,
                status_code=status,
                threshold_ms=self._monitor.threshold_ms(operation),
            )
            call.record = record
            self._monitor.observe(record)

    async def _attempts(
        self,
        request: httpx.Request,
        operation: OperationFacts,
        call: CallState,
        started: float,
    ) -> httpx.Response:
        """Attempt until success, or until a rule, the budget or the deadline says stop."""
        policy = self.policy
        max_attempts = (call.max_attempts or policy.max_attempts) if call.retries else 1
        deadline = call.deadline if call.deadline is not None else policy.deadline
        deadline_at = None if deadline is None else started + deadline
        base_timeout = _phase_timeouts(request, call.timeout)
        spent = 0
        while True:
            call.attempts += 1
            remaining = None if deadline_at is None else deadline_at - self._clock.monotonic()
            try:
                if remaining is not None and remaining <= 0:
                    raise CallTimeoutError(
                        f"{_label(operation)}: deadline of {deadline:g} s reached",
                        **_where(operation),
                    )
                request.extensions["timeout"] = _shrunk(base_timeout, remaining)
                response = await self._attempt(request, operation, remaining)
            except RequestError as error:
                wait = self._retry_wait(operation, error, call.attempts, max_attempts)
                if wait is None or not self._fits(deadline_at, wait):
                    raise
                cost = self.budget.cost(error)
                if not self.budget.try_spend(cost):
                    logger.info("retry budget empty: %s not retried", operation.operation_id)
                    raise
                spent += cost
                logger.info(
                    "retrying %s after %s (attempt %d of %d) in %.3f s",
                    operation.operation_id,
                    _describe(error),
                    call.attempts,
                    max_attempts,
                    wait,
                )
                await self._clock.sleep(wait)
                continue
            self.budget.refill(spent)
            return response

    def _retry_wait(
        self, operation: OperationFacts, error: RequestError, attempt: int, max_attempts: int
    ) -> float | None:
        """Seconds before the next attempt, or None when this error ends the call."""
        if attempt >= max_attempts or not is_retryable(operation, error):
            return None
        wait = self.policy.wait(attempt, error, self._clock.random)
        return None if wait < 0 else wait

    def _fits(self, deadline_at: float | None, wait: float) -> bool:
        """Is there time left after ``wait`` for another attempt? Never sleep past the deadline."""
        return deadline_at is None or self._clock.monotonic() + wait < deadline_at

    async def _attempt(
        self, request: httpx.Request, operation: OperationFacts, remaining: float | None
    ) -> httpx.Response:
        """One attempt: send, read the whole answer, and check it."""
        where = _where(operation)
        try:
            async with asyncio.timeout(remaining):
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                finally:
                    await response.aclose()
        except httpx.ConnectTimeout as exc:
            raise ConnectTimeoutError(f"{_label(operation)}: connect timed out", **where) from exc
        except httpx.PoolTimeout as exc:
            raise ConnectTimeoutError(
                f"{_label(operation)}: no free connection in the pool in time", **where
            ) from exc
        except (httpx.TimeoutException, TimeoutError) as exc:
            raise ReadTimeoutError(f"{_label(operation)}: {_kind(exc)}", **where) from exc
        except httpx.ConnectError as exc:
            raise ConnectionFailedError(
                f"{_label(operation)}: could not connect", request_sent=False, **where
            ) from exc
        except httpx.TransportError as exc:
            raise ConnectionFailedError(
                f"{_label(operation)}: connection failed during the call ({_kind(exc)})",
                request_sent=True,
                **where,
            ) from exc
        except httpx.HTTPError as exc:  # pragma: no cover - httpx raises no other kind here
            raise TransportError(f"{_label(operation)}: {_kind(exc)}", **where) from exc
        _check(response, operation, self._clock.now)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _check(
    response: httpx.Response, operation: OperationFacts, now: Callable[[], datetime]
) -> None:
    status = response.status_code
    if not 200 <= status <= 299:
        raise status_error(status, response.content, response.headers, now(), **_where(operation))
    content_type = response.headers.get("content-type", "")
    if response.content and "json" not in content_type.lower():
        raise ResponseValidationError(
            f"{_label(operation)}: expected a JSON answer, got {content_type or 'no content type'}"
            f" ({len(response.content)} bytes)",
            status_code=status,
            **_where(operation),
        )


def _phase_timeouts(request: httpx.Request, call_timeout: float | None) -> dict[str, float | None]:
    if call_timeout is not None:
        return httpx.Timeout(call_timeout).as_dict()
    configured: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
    return configured


def _shrunk(timeouts: dict[str, float | None], remaining: float | None) -> dict[str, float | None]:
    """Each phase's timeout, no longer than the time left before the deadline."""
    if remaining is None:
        return timeouts
    return {k: remaining if v is None else min(v, remaining) for k, v in timeouts.items()}


def _where(operation: OperationFacts) -> dict[str, Any]:
    return {
        "operation_id": operation.operation_id,
        "method": operation.method,
        "path": operation.path,
    }


def _label(operation: OperationFacts) -> str:
    return f"{operation.method} {operation.path} ({operation.operation_id})"


def _describe(error: RequestError) -> str:
    status = getattr(error, "status_code", None)
    return f"status {status}" if status is not None else type(error).__name__


def _kind(exc: BaseException) -> str:
    """The exception's class name only: its message may echo the URL."""
    return type(exc).__name__
