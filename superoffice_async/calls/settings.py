"""A client's call configuration, and one call's options merged over it and checked."""

from __future__ import annotations

from dataclasses import dataclass

from ..auth.schemes import HeaderAuth
from ..clock import Clock
from ..network import Timeouts
from ..online.locator import TenantLocator
from ..options import CallOptions, validate_options
from .pacing import RateLimit
from .retry import RetryBudget, RetryPolicy
from .slowcall import SlowCallMonitor

__all__ = [
    "DEFAULT_ATTEMPT_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "PipelineConfig",
    "Settings",
    "merged",
    "settings",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds for each network phase of an attempt when neither client nor call sets one."""
DEFAULT_ATTEMPT_TIMEOUT = 120.0
"""Seconds for one whole attempt (send and read) when neither client nor call sets one."""


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
    rate_limit: RateLimit | None = None
    """The requests-per-second limit every attempt waits its turn for (None: no pacing)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """One call's options, merged and checked."""

    timeouts: Timeouts
    attempt_timeout: float
    max_attempts: int
    deadline: float | None
    values: CallOptions


def merged(config: PipelineConfig, options: CallOptions) -> Settings:
    """The call's options over the client's, checked."""
    validate_options(options)
    return settings(config, {**config.defaults, **options})


def settings(config: PipelineConfig, values: CallOptions) -> Settings:
    """Timeouts, attempts and deadline from the options and the retry policy."""
    policy = config.policy
    timeout = values.get("timeout", DEFAULT_TIMEOUT)
    retries = values.get("retries", True)
    return Settings(
        timeouts=Timeouts(connect=timeout, read=timeout, pool=timeout),
        attempt_timeout=values.get("attempt_timeout", DEFAULT_ATTEMPT_TIMEOUT),
        max_attempts=(values.get("max_attempts") or policy.max_attempts) if retries else 1,
        deadline=values.get("deadline", policy.deadline),
        values=values,
    )
