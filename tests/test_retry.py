"""Retries: which failures, for which operations, how long to wait, the deadline and the budget."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from superoffice_async import (
    ConnectionFailedError,
    RateLimitError,
    ReadTimeoutError,
    RetryBudget,
    RetryPolicy,
    ServerError,
    SuperOfficeClient,
    User,
    last_call,
)
from superoffice_async.errors import APIStatusError, SuperOfficeError

from .conftest import FakeClock, MakeClient
from .scripted import Answer, Outcome, Script

USER = {"AssociateId": 5, "Name": "LM"}
RESULT = {"Success": True, "Message": "done", "Result": "Ok"}


def put(client: SuperOfficeClient, **options: object):  # type: ignore[no-untyped-def]
    return client.users.put(5, User(name="LM"), **options, replace=True)  # type: ignore[arg-type]


def rest_command(client: SuperOfficeClient):  # type: ignore[no-untyped-def]
    return client.users.execute_command(5, "Ping")


def agent_command(client: SuperOfficeClient):  # type: ignore[no-untyped-def]
    return client.user_agent.execute_user_command("Ping", User(associate_id=5))


def save_by_name(client: SuperOfficeClient):  # type: ignore[no-untyped-def]
    return client.user_agent.save_user_from_name("lm", User(name="LM"), replace=True)


IDEMPOTENT = [put, save_by_name]
NON_IDEMPOTENT = [rest_command, agent_command]


def scripted(
    make_client: MakeClient, clock: FakeClock, outcomes: list[Outcome], **kwargs: object
) -> tuple[SuperOfficeClient, Script]:
    script = Script(clock, outcomes)
    return make_client(transport=script.transport(), **kwargs), script


def ok_for(call: object) -> Answer:
    return Answer(body=RESULT if call in NON_IDEMPOTENT else USER)


@pytest.mark.parametrize("call", IDEMPOTENT + NON_IDEMPOTENT)
@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")],
)
async def test_never_sent_is_retried_for_every_operation(
    make_client: MakeClient, clock: FakeClock, call: object, failure: Exception
) -> None:
    client, script = scripted(make_client, clock, [failure, ok_for(call)])
    assert await call(client) is not None  # type: ignore[operator]
    assert len(script.requests) == 2
    assert clock.sleeps == [0.5]
    record = last_call()
    assert record is not None
    assert record.attempts == 2


@pytest.mark.parametrize("call", NON_IDEMPOTENT)
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.WriteTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.ReadError("reset"),
        Answer(503),
        Answer(502),
        Answer(504),
        Answer(408),
        Answer(429, headers={"Retry-After": "1"}),
    ],
)
async def test_non_idempotent_is_never_repeated_once_sent(
    make_client: MakeClient, clock: FakeClock, call: object, failure: Outcome
) -> None:
    client, script = scripted(make_client, clock, [failure, Answer(body=RESULT)])
    with pytest.raises(SuperOfficeError) as caught:
        await call(client)  # type: ignore[operator]
    assert len(script.requests) == 1
    assert caught.value.attempts == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("call", IDEMPOTENT)
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        Answer(408),
        Answer(429),
        Answer(502),
        Answer(503),
        Answer(504),
    ],
)
async def test_idempotent_is_retried_after_transient_failures(
    make_client: MakeClient, clock: FakeClock, call: object, failure: Outcome
) -> None:
    client, script = scripted(make_client, clock, [failure, Answer(body=USER)])
    assert await call(client) is not None  # type: ignore[operator]
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 412, 421, 500, 501, 520])
async def test_other_statuses_are_not_retried(
    make_client: MakeClient, clock: FakeClock, status: int
) -> None:
    client, script = scripted(make_client, clock, [Answer(status), Answer(body=USER)])
    with pytest.raises(APIStatusError):
        await put(client)
    assert len(script.requests) == 1


async def test_backoff_is_exponential_and_capped(make_client: MakeClient, clock: FakeClock) -> None:
    policy = RetryPolicy(max_attempts=6, backoff_initial=1.0, backoff_max=4.0, deadline=None)
    client, script = scripted(make_client, clock, [Answer(503)] * 6, retry_policy=policy)
    with pytest.raises(ServerError) as caught:
        await put(client)
    assert clock.sleeps == [1.0, 2.0, 4.0, 4.0, 4.0]
    assert len(script.requests) == 6
    assert caught.value.attempts == 6


async def test_backoff_has_full_jitter(make_client: MakeClient) -> None:
    clock = FakeClock(random_value=0.25)
    script = Script(clock, [Answer(503), Answer(503), Answer(body=USER)])
    client = make_client(transport=script.transport(), clock=clock)
    await put(client)
    assert clock.sleeps == [0.125, 0.25]


async def test_retry_after_seconds(make_client: MakeClient, clock: FakeClock) -> None:
    outcomes: list[Outcome] = [Answer(429, headers={"Retry-After": "7"}), Answer(body=USER)]
    client, _ = scripted(make_client, clock, outcomes)
    await put(client)
    assert clock.sleeps == [7.0]


async def test_retry_after_http_date(make_client: MakeClient, clock: FakeClock) -> None:
    now = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
    clock.now = lambda: now
    when = (now + timedelta(seconds=12)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    outcomes: list[Outcome] = [Answer(503, headers={"Retry-After": when}), Answer(body=USER)]
    client, _ = scripted(make_client, clock, outcomes)
    await put(client)
    assert clock.sleeps == [12.0]


async def test_retry_after_beyond_the_cap_gives_up_at_once(
    make_client: MakeClient, clock: FakeClock
) -> None:
    outcomes: list[Outcome] = [Answer(429, headers={"Retry-After": "120"}), Answer(body=USER)]
    client, script = scripted(make_client, clock, outcomes)
    with pytest.raises(RateLimitError) as caught:
        await put(client)
    assert caught.value.retry_after == 120.0
    assert clock.sleeps == []
    assert len(script.requests) == 1


async def test_retry_after_cap_is_configurable(make_client: MakeClient, clock: FakeClock) -> None:
    outcomes: list[Outcome] = [Answer(429, headers={"Retry-After": "120"}), Answer(body=USER)]
    policy = RetryPolicy(retry_after_max=300, deadline=None)
    client, _ = scripted(make_client, clock, outcomes, retry_policy=policy)
    await put(client)
    assert clock.sleeps == [120.0]


async def test_deadline_stops_waits_that_would_pass_it(
    make_client: MakeClient, clock: FakeClock
) -> None:
    policy = RetryPolicy(max_attempts=5, backoff_initial=0.5, deadline=1.0)
    client, script = scripted(make_client, clock, [Answer(503)] * 5, retry_policy=policy)
    with pytest.raises(ServerError) as caught:
        await put(client)
    assert clock.sleeps == [0.5]  # the next wait (1.0 s) would end past the deadline
    assert len(script.requests) == 2
    assert caught.value.attempts == 2


async def test_last_attempt_timeout_shrinks_to_the_time_left(
    make_client: MakeClient, clock: FakeClock
) -> None:
    policy = RetryPolicy(max_attempts=3, backoff_initial=1.0, deadline=5.0)
    outcomes: list[Outcome] = [Answer(503, takes=2.5), Answer(body=USER)]
    client, script = scripted(make_client, clock, outcomes, retry_policy=policy, timeout=10.0)
    await put(client)
    first, second = script.timeouts
    assert first == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert second == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}


async def test_deadline_per_call(make_client: MakeClient, clock: FakeClock) -> None:
    outcomes: list[Outcome] = [Answer(503, takes=3.0), Answer(body=USER)]
    client, script = scripted(make_client, clock, outcomes)
    with pytest.raises(ServerError):
        await put(client, deadline=3.0)
    assert len(script.requests) == 1


async def test_deadline_already_spent_raises_timeout(
    make_client: MakeClient, clock: FakeClock
) -> None:
    policy = RetryPolicy(max_attempts=3, backoff_initial=0.0, deadline=1.0)
    outcomes: list[Outcome] = [Answer(503, takes=1.0), Answer(body=USER)]
    client, script = scripted(make_client, clock, outcomes, retry_policy=policy)
    with pytest.raises(ServerError):
        await put(client)
    assert len(script.requests) == 1


async def test_a_real_deadline_cuts_a_hanging_attempt(make_client: MakeClient) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        raise AssertionError("not reached")

    policy = RetryPolicy(max_attempts=1, deadline=0.05)
    client = make_client(transport=httpx.MockTransport(hang), retry_policy=policy, clock=None)
    with pytest.raises(ReadTimeoutError):
        await put(client)


async def test_retries_off_per_call_and_per_client(
    make_client: MakeClient, clock: FakeClock
) -> None:
    client, script = scripted(make_client, clock, [Answer(503), Answer(body=USER)])
    with pytest.raises(ServerError):
        await put(client, retries=False)
    assert len(script.requests) == 1
    off, script = scripted(make_client, clock, [Answer(503), Answer(body=USER)], retries=False)
    with pytest.raises(ServerError):
        await put(off)
    assert len(script.requests) == 1


async def test_max_attempts_per_call(make_client: MakeClient, clock: FakeClock) -> None:
    client, script = scripted(make_client, clock, [Answer(503)] * 5)
    with pytest.raises(ServerError) as caught:
        await put(client, max_attempts=2)
    assert len(script.requests) == 2
    assert caught.value.attempts == 2


async def test_each_retry_is_logged(
    make_client: MakeClient, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="superoffice_async")
    outcomes: list[Outcome] = [Answer(503), httpx.ReadTimeout("slow"), Answer(body=USER)]
    client, _ = scripted(make_client, clock, outcomes)
    await put(client)
    messages = [r.getMessage() for r in caplog.records if r.name == "superoffice_async"]
    assert messages == [
        "retrying v1User_PutUser after status 503 (attempt 1 of 3) in 0.500 s",
        "retrying v1User_PutUser after ReadTimeoutError (attempt 2 of 3) in 1.000 s",
    ]


async def test_budget_drains_under_100_concurrent_failing_calls(
    make_client: MakeClient, clock: FakeClock
) -> None:
    budget = RetryBudget(capacity=50, retry_cost=5)
    script = Script(clock, [Answer(503)], repeat_last=True)
    client = make_client(transport=script.transport(), retry_budget=budget)
    results = await asyncio.gather(*(put(client) for _ in range(100)), return_exceptions=True)
    assert all(isinstance(r, ServerError) for r in results)
    assert len(script.requests) == 100 + 10  # the budget paid for exactly 10 retries
    assert budget.available == 0
    attempts = sorted(r.attempts for r in results if isinstance(r, ServerError))
    assert attempts.count(1) >= 90


async def test_budget_refills_after_successes(make_client: MakeClient, clock: FakeClock) -> None:
    budget = RetryBudget(capacity=50, retry_cost=5, success_refill=1)
    script = Script(clock, [Answer(body=USER)], repeat_last=True)
    client = make_client(transport=script.transport(), retry_budget=budget)
    budget.available = 0
    for _ in range(20):
        await put(client)
    assert budget.available == 20
    assert client.retry_budget is budget


async def test_a_retried_success_gives_back_what_it_spent(
    make_client: MakeClient, clock: FakeClock
) -> None:
    budget = RetryBudget(capacity=50, retry_cost=5, timeout_cost=10)
    outcomes: list[Outcome] = [httpx.ReadTimeout("slow"), Answer(503), Answer(body=USER)]
    client, _ = scripted(make_client, clock, outcomes, retry_budget=budget)
    await put(client)
    assert budget.available == 50


async def test_empty_budget_fails_with_the_last_error(
    make_client: MakeClient, clock: FakeClock
) -> None:
    budget = RetryBudget(capacity=4, retry_cost=5)
    client, script = scripted(
        make_client, clock, [Answer(503), Answer(body=USER)], retry_budget=budget
    )
    with pytest.raises(ServerError) as caught:
        await put(client)
    assert caught.value.attempts == 1
    assert len(script.requests) == 1


async def test_connection_refused_on_every_attempt(
    make_client: MakeClient, clock: FakeClock
) -> None:
    client = make_client(base_url="http://127.0.0.1:9")
    with pytest.raises(ConnectionFailedError) as caught:
        await agent_command(client)
    assert caught.value.attempts == 3
    assert caught.value.request_sent is False


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_attempts": 0}, "at least 1"),
        ({"max_attempts": 1.5}, "must be an int"),
        ({"deadline": 0}, "deadline"),
        ({"backoff_max": -1}, "backoff_max"),
    ],
)
def test_policy_validation(kwargs: dict[str, object], message: str) -> None:
    from superoffice_async import ConfigurationError

    with pytest.raises(ConfigurationError, match=message):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]
