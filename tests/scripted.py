"""A scripted network for pipeline tests: each request takes the next outcome of a list."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from .conftest import FakeClock


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    takes: float = 0.0
    """Seconds of fake time the answer takes to arrive."""


Outcome = Answer | Exception


class Script:
    """A MockTransport handler: records each request and its timeouts, plays the outcomes."""

    def __init__(self, clock: FakeClock, outcomes: list[Outcome], *, repeat_last: bool = False):
        self.clock = clock
        self.outcomes = list(outcomes)
        self.repeat_last = repeat_last
        self.requests: list[httpx.Request] = []
        self.timeouts: list[dict[str, float | None]] = []

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.timeouts.append(dict(request.extensions.get("timeout", {})))
        if not self.outcomes:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        outcome = (
            self.outcomes[0]
            if self.repeat_last and len(self.outcomes) == 1
            else self.outcomes.pop(0)
        )
        if isinstance(outcome, Exception):
            raise outcome
        self.clock.advance(outcome.takes)
        content = b"" if outcome.body is None else json.dumps(outcome.body).encode()
        headers = {"Content-Type": "application/json", **outcome.headers}
        return httpx.Response(outcome.status, content=content, headers=headers)
