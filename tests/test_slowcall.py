"""The slow-call warning: one WARNING per call over its threshold, nothing for fast calls."""

from __future__ import annotations

import logging

import pytest

from superoffice_async import CallRecord, ServerError, SuperOfficeClient, User

from .conftest import FakeClock, MakeClient
from .scripted import Answer, Outcome, Script

USER = {"AssociateId": 539, "Name": "LM"}


@pytest.fixture
def warnings(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="superoffice_async")
    return caplog


def slow_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r for r in caplog.records if r.name == "superoffice_async" and r.levelno == logging.WARNING
    ]


def scripted(
    make_client: MakeClient, clock: FakeClock, outcomes: list[Outcome], **kwargs: object
) -> SuperOfficeClient:
    return make_client(transport=Script(clock, outcomes).transport(), **kwargs)


async def test_slow_call_emits_exactly_one_warning(
    make_client: MakeClient, clock: FakeClock, warnings: pytest.LogCaptureFixture
) -> None:
    client = scripted(make_client, clock, [Answer(body=USER, takes=2.5)], app_token="s3cret-app")
    await client.users.put(539, User(name="LM"), select="Name", language="sv", replace=True)
    (record,) = slow_records(warnings)
    message = record.getMessage()
    assert message == (
        "slow call: v1User_PutUser PUT /api/v1/User/{id} took 2500 ms "
        "(threshold 2000 ms, 1 attempt)"
    )
    for leaked in ("539", "Name", "sv", "s3cret-app", "Tje0", "Cust12345"):
        assert leaked not in message
    call: CallRecord = record.superoffice_call  # type: ignore[attr-defined]
    assert (call.operation_id, call.method, call.path) == (
        "v1User_PutUser",
        "PUT",
        "/api/v1/User/{id}",
    )
    assert call.elapsed_ms == pytest.approx(2500.0)
    assert (call.threshold_ms, call.attempts, call.status_code) == (2000, 1, 200)


async def test_fast_call_emits_nothing(
    make_client: MakeClient, clock: FakeClock, warnings: pytest.LogCaptureFixture
) -> None:
    client = scripted(make_client, clock, [Answer(body=USER, takes=1.999)])
    await client.users.put(539, User(), replace=True)
    assert slow_records(warnings) == []


async def test_all_attempts_count(
    make_client: MakeClient, clock: FakeClock, warnings: pytest.LogCaptureFixture
) -> None:
    outcomes: list[Outcome] = [Answer(503, takes=1.0), Answer(body=USER, takes=0.8)]
    client = scripted(make_client, clock, outcomes)
    await client.users.put(539, User(), replace=True)
    (record,) = slow_records(warnings)
    assert record.getMessage().endswith("took 2300 ms (threshold 2000 ms, 2 attempts)")


async def test_a_slow_failure_is_reported_once(
    make_client: MakeClient, clock: FakeClock, warnings: pytest.LogCaptureFixture
) -> None:
    client = scripted(make_client, clock, [Answer(500, takes=3.0)])
    with pytest.raises(ServerError):
        await client.users.put(539, User(), replace=True)
    (record,) = slow_records(warnings)
    assert record.superoffice_call.status_code == 500  # type: ignore[attr-defined]


async def test_client_overrides_thresholds(
    make_client: MakeClient, clock: FakeClock, warnings: pytest.LogCaptureFixture
) -> None:
    every = scripted(make_client, clock, [Answer(body=USER, takes=0.2)], slow_call_ms=100)
    await every.users.put(539, User(), replace=True)
    assert len(slow_records(warnings)) == 1
    per_op = scripted(
        make_client,
        clock,
        [Answer(body=USER, takes=0.2), Answer(body=USER, takes=0.2)],
        slow_call_ms={"v1UserAgent_SaveUserFromName": 150},
    )
    await per_op.users.put(539, User(), replace=True)  # spec threshold 2000 ms still applies
    await per_op.user_agent.save_user_from_name("lm", None)
    records = slow_records(warnings)
    assert len(records) == 2
    assert "v1UserAgent_SaveUserFromName" in records[-1].getMessage()
    assert "threshold 150 ms" in records[-1].getMessage()


async def test_hook_receives_the_record_and_cannot_break_the_call(
    make_client: MakeClient, clock: FakeClock, warnings: pytest.LogCaptureFixture
) -> None:
    seen: list[CallRecord] = []

    def hook(record: CallRecord) -> None:
        seen.append(record)
        raise RuntimeError("metrics backend down")

    outcomes: list[Outcome] = [Answer(body=USER, takes=2.1), Answer(body=USER, takes=0.1)]
    client = scripted(make_client, clock, outcomes, on_slow_call=hook)
    assert await client.users.put(539, User(), replace=True) is not None
    await client.users.put(539, User(), replace=True)
    assert [r.elapsed_ms for r in seen] == [pytest.approx(2100.0)]
    assert any("on_slow_call hook raised" in r.getMessage() for r in warnings.records)


def test_bad_thresholds_are_refused(make_client: MakeClient) -> None:
    from superoffice_async import ConfigurationError

    with pytest.raises(ConfigurationError):
        make_client(slow_call_ms=-1)
    with pytest.raises(ConfigurationError):
        make_client(slow_call_ms={"v1User_PutUser": "fast"})
