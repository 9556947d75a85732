"""The one request function: operation facts + arguments + options in, typed answer out.

``Pipeline.call(operation, arguments, options)`` is the whole life of a call, in one direction:

1. the options (client defaults, then the call's) and every argument are checked against the
   operation's generated facts, before anything is sent;
2. the request is built: tenant URL with each path value quoted into one segment, query, the
   option headers the operation lists, credentials, a JSON body;
3. attempts are made through the network transport until one succeeds or ``retry.py`` says
   stop (the rules, the shared budget, the call's deadline; each attempt also bounded in time);
4. a non-success status becomes its typed error, the answer is parsed into the typed result;
5. the call's record goes to the slow-call monitor and comes back with the answer
   (``RawResponse``) or on the error (``error.record``).

Nothing is passed on the side: no context variable is read or written here.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

import orjson

from ._generated.operations import DEFAULT_SLOW_MS, OPERATIONS, Operation
from .arguments import check_replace, wire_value
from .auth import HeaderAuth
from .call_record import CallRecord, RawResponse
from .error_mapping import describe_parse_error, status_error
from .errors import (
    APIStatusError,
    CallTimeoutError,
    ClientClosedError,
    InvalidArgumentError,
    ReadTimeoutError,
    RequestError,
    ResponseValidationError,
    SuperOfficeError,
)
from .network import NetworkTransport, Timeouts, WireRequest, WireResponse
from .options import HEADER_OPTIONS, CallOptions, validate_options
from .provenance import mark_read
from .retry import RetryBudget, RetryPolicy, is_retryable
from .sent import mark_sent
from .slowcall import SlowCallMonitor
from .tenant import TenantLocator

__all__ = ["Clock", "Pipeline", "PipelineConfig"]

T = TypeVar("T")
logger = logging.getLogger("superoffice_async")
# A library logs through logging only: without the app's own configuration (or SUPEROFFICE_LOG),
# nothing goes to stderr (no "last resort" handler output).
logger.addHandler(logging.NullHandler())

DEFAULT_TIMEOUT = 30.0
"""Seconds for each network phase of an attempt when neither client nor call sets one."""
DEFAULT_ATTEMPT_TIMEOUT = 120.0
"""Seconds for one whole attempt (send and read) when neither client nor call sets one."""


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


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """Everything a pipeline needs besides the network; ``with_options`` makes a new one."""

    prefix: str
    """The base URL with the tenant path, no trailing slash."""
    headers: tuple[tuple[str, str], ...]
    """Sent on every request (Accept, User-Agent)."""
    auth: HeaderAuth
    defaults: CallOptions
    policy: RetryPolicy
    budget: RetryBudget
    monitor: SlowCallMonitor
    clock: Clock
    max_response_bytes: int
    locator: TenantLocator | None = None
    """Where the tenant lives now, for clients that follow a tenant between servers."""


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A call's request before its attempts: relative target, headers without credentials."""

    method: str
    target: str
    """Path (quoted) and query, relative to the base URL."""
    headers: tuple[tuple[str, str], ...]
    body: bytes | None


@dataclass(frozen=True, slots=True)
class _Settings:
    """One call's options, merged and checked."""

    timeouts: Timeouts
    attempt_timeout: float
    max_attempts: int
    deadline: float | None
    values: CallOptions


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
        self._defaults = self._settings(config.defaults)

    @property
    def config(self) -> PipelineConfig:
        return self._config

    async def call(
        self, operation: Operation[T], arguments: tuple[Any, ...], options: CallOptions
    ) -> RawResponse[T]:
        """Check, send (with retries), check the answer and parse it; see the module doc."""
        settings = self._defaults if not options else self._merged(options)
        request = self._build(operation, arguments, settings, options)
        raw = await self._send(operation, operation.path, request, settings)
        if not any(
            p.kind == "select" and v is not None
            for p, v in zip(operation.params, arguments, strict=True)
        ):
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
        settings = self._defaults if not options else self._merged(options)
        operation: Operation[Any] = Operation(
            operation_id=f"{method} {path}",
            method=method,
            path=path,
            params=(),
            parse=_identity,
            idempotent=idempotent,
            slow_ms=self._config.monitor.threshold_ms("request", DEFAULT_SLOW_MS),
            nullable=True,
            status=0,
        )
        extra = [*self._option_headers(settings.values, _ALL_OPTION_HEADERS, options), *headers]
        if body is not None:
            extra.append(("Content-Type", "application/json"))
        target = path + (f"?{query}" if query else "")
        prepared = _Prepared(method, target, (*self._config.headers, *extra), body)
        return await self._send(operation, path, prepared, settings)

    # -- building ---------------------------------------------------------------------------

    def _merged(self, options: CallOptions) -> _Settings:
        validate_options(options)
        return self._settings({**self._config.defaults, **options})

    def _settings(self, values: CallOptions) -> _Settings:
        policy = self._config.policy
        timeout = values.get("timeout", DEFAULT_TIMEOUT)
        retries = values.get("retries", True)
        return _Settings(
            timeouts=Timeouts(connect=timeout, read=timeout, pool=timeout),
            attempt_timeout=values.get("attempt_timeout", DEFAULT_ATTEMPT_TIMEOUT),
            max_attempts=(values.get("max_attempts") or policy.max_attempts) if retries else 1,
            deadline=values.get("deadline", policy.deadline),
            values=values,
        )

    def _build(
        self,
        operation: Operation[Any],
        arguments: tuple[Any, ...],
        settings: _Settings,
        options: CallOptions,
    ) -> _Prepared:
        path = operation.path
        query: list[str] = []
        headers = [*self._config.headers]
        headers += self._option_headers(settings.values, operation.option_headers, options)
        body: Any = None
        fields: dict[str, Any] | None = {} if operation.body == "fields" else None
        carrier = operation.select_carrier
        replace = False
        if operation.replaces:
            for param, value in zip(operation.params, arguments, strict=True):
                if param.kind == "replace":
                    replace = wire_value(param, value, carrier)
        for param, value in zip(operation.params, arguments, strict=True):
            location = param.location
            if location == "local":
                continue
            if operation.replaces and param.kind == "carrier":
                check_replace(operation, param, value, replace)
            if value is None:
                if param.required and not (param.nullable and param.kind == "carrier"):
                    raise InvalidArgumentError(f"{param.python} is required")
                if fields is not None and param.required:
                    fields[param.wire] = None
                continue
            wire = wire_value(param, value, carrier)
            if location == "path":
                path = path.replace("{" + param.wire + "}", quote(wire, safe=""))
            elif location == "query":
                query.append(f"{quote(param.wire, safe='')}={quote(wire, safe='')}")
            elif location == "header":
                headers.append((param.wire, wire))
            elif location == "body":
                body = wire
            elif fields is not None:
                fields[param.wire] = wire
        if fields is not None:
            body = fields
        content: bytes | None = None
        if body is not None:
            content = orjson.dumps(body)
            headers.append(("Content-Type", "application/json"))
        if query:
            path = f"{path}?{'&'.join(query)}"
        return _Prepared(operation.method, path, tuple(headers), content)

    @staticmethod
    def _option_headers(
        values: CallOptions,
        accepted: tuple[tuple[str, str], ...],
        options: CallOptions,
    ) -> list[tuple[str, str]]:
        """The option headers this operation takes; a call option it cannot send is an error."""
        headers: list[tuple[str, str]] = []
        for name, header in accepted:
            value = values.get(name)
            if value is not None:
                headers.append((header, str(value)))
        if options:
            names = {name for name, _ in accepted}
            for name in HEADER_OPTIONS:
                if name in options and name not in names:
                    raise InvalidArgumentError(f"this operation does not take the option {name!r}")
        return headers

    # -- sending ----------------------------------------------------------------------------

    async def _send(
        self,
        operation: Operation[T],
        path: str,
        request: _Prepared,
        settings: _Settings,
    ) -> RawResponse[T]:
        config = self._config
        clock = config.clock
        started = clock.monotonic()
        attempts = 0
        status: int | None = None
        pool_wait = [0.0]  # seconds spent waiting for a pool connection, over every attempt
        try:
            response, attempts = await self._attempts(
                operation, request, settings, started, pool_wait
            )
            status = response.status
            parsed = _parse(operation, response)
        except SuperOfficeError as error:
            attempts = attempts or error.attempts
            status = getattr(error, "status_code", status)
            error.record = self._record(operation, path, started, attempts, status, pool_wait[0])
            raise
        record = self._record(operation, path, started, attempts, status, pool_wait[0])
        headers = {k: v for k, v in response.headers.items() if k != "set-cookie"}
        return RawResponse(parsed, response.status, headers, record)

    def _record(
        self,
        operation: Operation[Any],
        path: str,
        started: float,
        attempts: int,
        status: int | None,
        pool_wait: float,
    ) -> CallRecord:
        monitor = self._config.monitor
        record = CallRecord(
            operation_id=operation.operation_id,
            method=operation.method,
            path=path,
            elapsed_ms=(self._config.clock.monotonic() - started) * 1000.0,
            attempts=attempts,
            status_code=status,
            threshold_ms=monitor.threshold_ms(operation.operation_id, operation.slow_ms),
            pool_wait_ms=pool_wait * 1000.0,
        )
        monitor.observe(record)
        return record

    async def _attempts(
        self,
        operation: Operation[Any],
        prepared: _Prepared,
        settings: _Settings,
        started: float,
        pool_wait: list[float],
    ) -> tuple[WireResponse, int]:
        """Attempt until success, or until a rule, the budget or the deadline says stop.

        Returns the answer and the attempts made; an error leaves with ``attempts`` set. A 401
        that the credentials can refresh, and a 421 after which the tenant's address changed,
        are repeated once each (the server did not process them), outside the retry rules.
        """
        config = self._config
        clock, budget, auth, locator = config.clock, config.budget, config.auth, config.locator
        deadline = settings.deadline
        deadline_at = None if deadline is None else started + deadline
        spent = 0
        attempt = 0
        refreshed = relocated = False
        while True:
            if self._closed():
                raise ClientClosedError("the client is closed; create a new SuperOfficeClient")
            remaining = None if deadline_at is None else deadline_at - clock.monotonic()
            credentials: tuple[tuple[str, str], ...] = ()
            prefix = config.prefix
            sent_at = clock.monotonic()
            try:
                if remaining is not None and remaining <= 0:
                    raise CallTimeoutError(f"deadline of {deadline:g} s reached")
                credentials = await auth.fresh_headers() if auth.refreshes else auth.headers()
                if locator is not None:
                    prefix = await locator.base_url()
                request = WireRequest(
                    prepared.method,
                    prefix + prepared.target,
                    (*prepared.headers, *credentials),
                    prepared.body,
                )
                attempt += 1
                sent_at = clock.monotonic()
                mark_sent()
                response = await self._attempt(request, settings, remaining)
                pool_wait[0] += response.pool_wait
                _log_attempt(operation, attempt, response.status, sent_at, clock)
                if not 200 <= response.status <= 299:
                    raise status_error(
                        response.status, response.body, response.headers, clock.now()
                    )
            except RequestError as error:
                if not isinstance(error, APIStatusError):
                    _log_attempt(operation, attempt, type(error).__name__, sent_at, clock)
                error.attempts = max(attempt, 1)
                error.locate(operation.operation_id, operation.method, operation.path)
                status = getattr(error, "status_code", None)
                if status in auth.refresh_statuses and auth.refreshes and not refreshed:
                    refreshed = True
                    if await auth.refresh(credentials, status):
                        logger.debug("credentials refreshed: %s repeated", operation.operation_id)
                        continue
                if status == 421 and locator is not None and not relocated:
                    relocated = True
                    if await locator.relocate(prefix):
                        logger.debug("tenant moved: %s repeated", operation.operation_id)
                        continue
                wait = self._retry_wait(operation, error, attempt, settings.max_attempts)
                if wait is None or not _fits(clock.monotonic() + wait, deadline_at):
                    raise
                cost = budget.cost(error)
                if not budget.try_spend(cost):
                    logger.info("retry budget empty: %s not retried", operation.operation_id)
                    raise
                spent += cost
                logger.info(
                    "retrying %s after %s (attempt %d of %d) in %.3f s",
                    operation.operation_id,
                    _describe(error),
                    attempt,
                    settings.max_attempts,
                    wait,
                )
                await clock.sleep(wait)
                continue
            budget.refill(spent)
            return response, attempt

    def _retry_wait(
        self, operation: Operation[Any], error: RequestError, attempt: int, max_attempts: int
    ) -> float | None:
        """Seconds before the next attempt, or None when this error ends the call."""
        if attempt >= max_attempts or not is_retryable(operation.idempotent, error):
            return None
        wait = self._config.policy.wait(attempt, error, self._config.clock.random)
        return None if wait < 0 else wait

    async def _attempt(
        self, request: WireRequest, settings: _Settings, remaining: float | None
    ) -> WireResponse:
        """One request on the wire, bounded by the attempt limit and the time left."""
        timeouts = settings.timeouts
        limit = settings.attempt_timeout
        if remaining is not None:
            timeouts = _shrunk(timeouts, remaining)
            limit = min(limit, remaining)
        try:
            async with asyncio.timeout(limit):
                return await self._network.send(
                    request, timeouts=timeouts, max_body=self._config.max_response_bytes
                )
        except TimeoutError:
            if remaining is not None and limit >= remaining:
                raise ReadTimeoutError(
                    f"deadline of {settings.deadline:g} s reached during the attempt"
                ) from None
            raise ReadTimeoutError(f"the attempt took longer than {limit:g} s") from None


def _log_attempt(
    operation: Operation[Any], attempt: int, outcome: int | str, sent_at: float, clock: Clock
) -> None:
    """Debug: one line per attempt (operation, method, path template, status, elapsed)."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s %s attempt %d: %s in %.1f ms",
            operation.operation_id,
            operation.method,
            operation.path,
            attempt,
            outcome,
            (clock.monotonic() - sent_at) * 1000.0,
        )


def _parse(operation: Operation[T], response: WireResponse) -> T:
    """The typed result of a success answer; ResponseValidationError when it does not fit."""
    body = response.body
    if operation.status and response.status != operation.status:
        raise ResponseValidationError(
            f"{operation.operation_id}: answered {response.status}; the spec documents "
            f"{operation.status}",
            status_code=response.status,
            **_where(operation),
        )
    if operation.no_content:
        return operation.parse(None)
    content_type = response.headers.get("content-type", "")
    if body and "json" not in content_type.lower():
        raise ResponseValidationError(
            f"expected a JSON answer, got {content_type or 'no content type'} ({len(body)} bytes)",
            status_code=response.status,
            **_where(operation),
        )
    try:
        data = orjson.loads(body) if body else None
    except orjson.JSONDecodeError as exc:
        raise ResponseValidationError(
            f"{operation.operation_id}: the answer is not valid JSON (JSONDecodeError: {exc.msg})",
            status_code=response.status,
            **_where(operation),
        ) from None
    if data is None and not operation.nullable:
        raise ResponseValidationError(
            f"{operation.operation_id}: the answer is empty or null, which the spec does not allow",
            status_code=response.status,
            **_where(operation),
        )
    if data is None:
        return operation.parse(None)
    try:
        return operation.parse(data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ResponseValidationError(
            f"{operation.operation_id}: the answer does not match the spec: "
            f"{describe_parse_error(exc)}",
            status_code=response.status,
            **_where(operation),
        ) from exc


def _where(operation: Operation[Any]) -> dict[str, Any]:
    return {
        "operation_id": operation.operation_id,
        "method": operation.method,
        "path": operation.path,
    }


def _shrunk(timeouts: Timeouts, remaining: float) -> Timeouts:
    """Each phase's timeout, no longer than the time left before the deadline."""
    phases = (timeouts.connect, timeouts.read, timeouts.pool)
    if all(value is not None and value <= remaining for value in phases):
        return timeouts  # the usual case: far from the deadline, nothing to shrink

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return Timeouts(connect=cap(timeouts.connect), read=cap(timeouts.read), pool=cap(timeouts.pool))


def _fits(when: float, deadline_at: float | None) -> bool:
    """Is there time left at ``when`` for another attempt? Never sleep past the deadline."""
    return deadline_at is None or when < deadline_at


def _describe(error: RequestError) -> str:
    status = getattr(error, "status_code", None)
    return f"status {status}" if status is not None else type(error).__name__


def _identity(data: Any) -> Any:
    return data


_ALL_OPTION_HEADERS = tuple(
    dict.fromkeys(pair for operation in OPERATIONS for pair in operation.option_headers)
)
"""(option, header) pairs any operation of the spec takes: what ``request()`` sends."""
