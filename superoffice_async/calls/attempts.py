"""The retry loop: attempts of one prepared request until one succeeds or a rule says stop.

What is retried is decided in ``retry.py``; here it is applied, with the shared retry budget and
the call's deadline, each attempt bounded in time. A 401 the credentials can refresh and a 421
after which the tenant's address changed are repeated once each, outside the retry rules.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from ..clock import Clock
from ..errors import (
    APIStatusError,
    CallTimeoutError,
    ClientClosedError,
    ReadTimeoutError,
    RequestError,
)
from ..network import NetworkTransport, Timeouts, WireRequest, WireResponse, attempt_bounding
from ..operation import Operation
from ..sent import mark_sent
from .answer import status_error
from .prepare import Prepared
from .retry import is_retryable
from .settings import PipelineConfig, Settings

__all__ = ["attempt_until_done"]

logger = logging.getLogger("superoffice_async")
# A library logs through logging only: without the app's own configuration (or SUPEROFFICE_LOG),
# nothing goes to stderr (no "last resort" handler output).
logger.addHandler(logging.NullHandler())


async def attempt_until_done(
    config: PipelineConfig,
    network: NetworkTransport,
    closed: Callable[[], bool],
    operation: Operation[Any],
    prepared: Prepared,
    settings: Settings,
    started: float,
    pool_wait: list[float],
) -> tuple[WireResponse, int]:
    """Attempt until success, or until a rule, the budget or the deadline says stop.

    Returns the answer and the attempts made; an error leaves with ``attempts`` set.
    ``pool_wait[0]`` adds up the seconds every attempt waited for a free pool connection. A 401
    that the credentials can refresh, and a 421 after which the tenant's address changed,
    are repeated once each (the server did not process them), outside the retry rules.
    """
    clock, budget, auth, locator = config.clock, config.budget, config.auth, config.locator
    bounding = attempt_bounding(network)
    max_body = config.max_response_bytes
    deadline = settings.deadline
    deadline_at = None if deadline is None else started + deadline
    spent = 0
    attempt = 0
    refreshed = relocated = False
    while True:
        if closed():
            raise ClientClosedError("the client is closed; create a new SuperOfficeClient")
        remaining = _left(deadline_at, clock)
        credentials: tuple[tuple[str, str], ...] = ()
        paced_out = False
        prefix = config.prefix
        sent_at = clock.monotonic()
        try:
            if remaining is not None and remaining <= 0:
                raise CallTimeoutError(f"deadline of {deadline:g} s reached")
            credentials = await auth.fresh_headers() if auth.refreshes else auth.headers()
            if locator is not None:
                prefix = await locator.base_url()
            if config.rate_limit is not None:
                paced_out = True  # no turn before the deadline: retrying cannot help
                await config.rate_limit.wait_turn(clock, _left(deadline_at, clock))
                paced_out = False
                remaining = _left(deadline_at, clock)
            request = WireRequest(
                prepared.method,
                prefix + prepared.target,
                (*prepared.headers, *credentials),
                prepared.body,
            )
            attempt += 1
            sent_at = clock.monotonic()
            mark_sent()
            # One timer per attempt: the attempt limit, or the time left when that is sooner.
            limit = settings.attempt_timeout
            timeouts = settings.timeouts
            if remaining is not None:
                timeouts = _shrunk(timeouts, remaining)
                limit = min(limit, remaining)
            try:
                if bounding is not None:  # the network's own timer bounds the attempt
                    response = await bounding.send(
                        request, timeouts=timeouts, max_body=max_body, limit=limit
                    )
                else:
                    async with asyncio.timeout(limit):
                        response = await network.send(request, timeouts=timeouts, max_body=max_body)
            except TimeoutError:
                if remaining is not None and limit >= remaining:
                    raise ReadTimeoutError(
                        f"deadline of {deadline:g} s reached during the attempt"
                    ) from None
                raise ReadTimeoutError(f"the attempt took longer than {limit:g} s") from None
            pool_wait[0] += response.pool_wait
            _log_attempt(operation, attempt, response.status, sent_at, clock)
            if not 200 <= response.status <= 299:
                raise status_error(response.status, response.body, response.headers, clock.now())
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
            wait = (
                None
                if paced_out
                else _retry_wait(config, operation, error, attempt, settings.max_attempts)
            )
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
    config: PipelineConfig,
    operation: Operation[Any],
    error: RequestError,
    attempt: int,
    max_attempts: int,
) -> float | None:
    """Seconds before the next attempt, or None when this error ends the call."""
    if attempt >= max_attempts or not is_retryable(operation.idempotent, error):
        return None
    wait = config.policy.wait(attempt, error, config.clock.random)
    return None if wait < 0 else wait


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


def _shrunk(timeouts: Timeouts, remaining: float) -> Timeouts:
    """Each phase's timeout, no longer than the time left before the deadline."""
    connect, read, pool = timeouts.connect, timeouts.read, timeouts.pool
    if (
        connect is not None
        and read is not None
        and pool is not None
        and max(connect, read, pool) <= remaining
    ):
        return timeouts  # the usual case: far from the deadline, nothing to shrink

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return Timeouts(connect=cap(timeouts.connect), read=cap(timeouts.read), pool=cap(timeouts.pool))


def _left(deadline_at: float | None, clock: Clock) -> float | None:
    """Seconds left before the deadline (None: no deadline)."""
    return None if deadline_at is None else deadline_at - clock.monotonic()


def _fits(when: float, deadline_at: float | None) -> bool:
    """Is there time left at ``when`` for another attempt? Never sleep past the deadline."""
    return deadline_at is None or when < deadline_at


def _describe(error: RequestError) -> str:
    status = getattr(error, "status_code", None)
    return f"status {status}" if status is not None else type(error).__name__
