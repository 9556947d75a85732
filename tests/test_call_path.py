"""The one call path: raw answers, the escape hatch, with_options, and what comes back."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import (
    BasicAuth,
    ConfigurationError,
    InvalidArgumentError,
    NotFoundError,
    RawResponse,
    RetryBudget,
    RetryPolicy,
    ServerError,
    SOTicketAuth,
    SuperOfficeClient,
    UnknownOperationError,
    last_call,
)
from superoffice_async._generated.operations import OPERATIONS

from .conftest import API, BASE, FakeClock, MakeClient

USER = {"AssociateId": 5, "Name": "X"}
PERSON = {"PersonId": 5, "Firstname": "Ada"}


async def test_request_reaches_an_endpoint_outside_the_spec(
    make_client: MakeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{API}/Person/5?$select=firstname&fk=true", json=PERSON)
    so = make_client(auth=SOTicketAuth("7T:t"), app_token="app", language="sv")
    person = await so.request(
        "GET", "api/v1/Person/5", params={"$select": "firstname", "fk": True}, idempotent=True
    )
    assert person == PERSON
    sent = httpx_mock.get_request()
    assert sent is not None
    assert sent.headers["Authorization"] == "SOTicket 7T:t"
    assert sent.headers["SO-AppToken"] == "app"
    assert sent.headers["SO-Language"] == "sv"
    assert sent.headers["Accept"] == "application/json"
    record = last_call()
    assert record is not None
    assert (record.operation_id, record.method, record.path, record.attempts) == (
        "request",
        "GET",
        "/api/v1/Person/{id}",
        1,
    )


async def test_request_sends_json_and_answers_none_for_no_content(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{API}/Person", method="POST", json={"PersonId": 9})
    httpx_mock.add_response(url=f"{API}/Person/9", method="DELETE", status_code=204)
    created = await client.request("POST", "/api/v1/Person", json={"Firstname": "Ada"})
    assert created == {"PersonId": 9}
    assert await client.request("DELETE", "api/v1/Person/9") is None
    post = httpx_mock.get_requests()[0]
    assert post.headers["Content-Type"] == "application/json"
    assert post.content == b'{"Firstname":"Ada"}'


async def test_request_retries_only_what_the_caller_calls_idempotent(
    make_client: MakeClient, httpx_mock: HTTPXMock, clock: FakeClock
) -> None:
    httpx_mock.add_response(status_code=503, is_reusable=True)
    so = make_client()
    with pytest.raises(ServerError) as once:
        await so.request("POST", "api/v1/Agents/Person/SavePerson", json={})
    assert once.value.attempts == 1
    with pytest.raises(ServerError) as thrice:
        await so.request("GET", "api/v1/Person/5", idempotent=True)
    assert thrice.value.attempts == 3
    assert len(httpx_mock.get_requests()) == 4


async def test_request_has_typed_errors(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=404, json={"ErrorType": "SoNotFoundException", "ErrorMessage": "no person"}
    )
    with pytest.raises(NotFoundError, match="no person") as caught:
        await client.request("GET", "api/v1/Person/99")
    assert caught.value.operation_id == "request"
    assert str(caught.value) == (
        "GET /api/v1/Person/{id} (request): request answered 404: SoNotFoundException: no person"
    )


async def test_request_and_the_typed_call_give_alike_records_logs_and_errors(
    make_client: MakeClient, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    """The escape hatch to a spec path is the typed call: same record, log lines and error."""
    httpx_mock.add_response(status_code=404, json={"ErrorMessage": "gone"}, is_reusable=True)
    so = make_client(slow_call_ms={"v1User_GetUser": 0})  # every call slow: the warning is logged
    seen = []
    for call in (
        lambda: so.users.get(77),
        lambda: so.request("GET", "api/v1/User/77", idempotent=True),
    ):
        caplog.clear()
        with (
            caplog.at_level("DEBUG", logger="superoffice_async"),
            pytest.raises(NotFoundError) as caught,
        ):
            await call()
        record = last_call()  # learnt although the call raised
        assert record is caught.value.record
        assert record is not None
        seen.append(
            (
                str(caught.value),
                (record.operation_id, record.method, record.path, record.threshold_ms),
                [r.getMessage().split(" in ")[0] for r in caplog.records],
            )
        )
    assert seen[0] == seen[1]
    message, facts, lines = seen[0]
    assert message == "GET /api/v1/User/{id} (v1User_GetUser): request answered 404: gone"
    assert facts == ("v1User_GetUser", "GET", "/api/v1/User/{id}", 0)
    assert lines
    assert not any("77" in line for line in lines)


async def test_request_outside_the_spec_shows_no_id_and_one_threshold(
    make_client: MakeClient, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(json=PERSON)
    so = make_client(slow_call_ms={"request": 0})
    with caplog.at_level("DEBUG", logger="superoffice_async"):
        await so.request("GET", "api/v1/Contact/5/Persons/0f3e-77")
    record = last_call()
    assert record is not None
    assert (record.operation_id, record.path, record.threshold_ms) == (
        "request",
        "/api/v1/Contact/{id}/Persons/{id}",
        0,
    )
    assert caplog.records  # the attempt and the slow-call warning
    assert not any("5" in r.getMessage().split(" took ")[0] for r in caplog.records)


@pytest.mark.httpx_mock(assert_all_requests_were_expected=False)
@pytest.mark.parametrize(
    ("method", "path", "kwargs", "error"),
    [
        ("GET", "https://evil.example/api/v1/Person", {}, UnknownOperationError),
        ("GET", "//evil.example/x", {}, UnknownOperationError),
        ("GET", "api/v1/../../Cust999/api/v1/Person", {}, UnknownOperationError),
        ("GET", "api/v1/%2E%2E/x", {}, UnknownOperationError),
        ("GET", "api/v1/Person?x=1", {}, InvalidArgumentError),
        ("GET", "api\\v1", {}, InvalidArgumentError),
        ("GET", "", {}, InvalidArgumentError),
        ("TRACE", "api/v1/Person", {}, InvalidArgumentError),
        ("POST", "api/v1/Person", {"json": {1, 2}}, InvalidArgumentError),
        ("GET", "api/v1/Person", {"headers": {"Authorization": "x"}}, InvalidArgumentError),
        ("GET", "api/v1/Person", {"headers": {"X-A": "1\r\nX-B: 2"}}, InvalidArgumentError),
        ("GET", "api/v1/Person", {"params": {"a": object()}}, InvalidArgumentError),
    ],
)
async def test_request_refuses_before_sending(
    client: SuperOfficeClient,
    httpx_mock: HTTPXMock,
    method: str,
    path: str,
    kwargs: dict[str, object],
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        await client.request(method, path, **kwargs)  # type: ignore[arg-type]
    assert httpx_mock.get_requests() == []


async def test_raw_request_and_raw_resources(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=PERSON, headers={"X-Request-Id": "abc"})
    httpx_mock.add_response(content=b"null", headers={"Content-Type": "application/json"})
    raw = await client.with_raw_response.request("GET", "api/v1/Person/5")
    assert isinstance(raw, RawResponse)
    assert (raw.parsed, raw.status_code, raw.headers["x-request-id"]) == (PERSON, 200, "abc")
    missing = await client.with_raw_response.user_agent.get_user(99)
    assert missing.parsed is None
    assert missing.record.operation_id == "v1UserAgent_GetUser"
    assert "RawResponse(v1UserAgent_GetUser, status=200" in repr(missing)


async def test_with_options_changes_what_the_constructor_takes(
    make_client: MakeClient, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503, is_reusable=True)
    base = make_client()
    strict = base.with_options(
        auth=BasicAuth("other", "pw"),
        retry_policy=RetryPolicy(max_attempts=1),
        slow_call_ms=0,
        language="nb",
    )
    with pytest.raises(ServerError) as caught:
        await strict.users.get(5)
    assert caught.value.attempts == 1
    assert caught.value.record is not None
    assert caught.value.record.threshold_ms == 0
    sent = httpx_mock.get_requests()[-1]
    assert sent.headers["Authorization"] == "Basic b3RoZXI6cHc="
    assert sent.headers["SO-Language"] == "nb"
    with pytest.raises(ServerError) as caught:
        await base.users.get(5)
    assert caught.value.attempts == 3  # the original keeps its own settings
    assert strict.retry_budget is base.retry_budget  # and both share one budget
    fresh = base.with_options(retry_budget=RetryBudget(capacity=1))
    assert fresh.retry_budget is not base.retry_budget


def test_with_options_refuses_what_is_fixed(client: SuperOfficeClient) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        client.with_options(base_url="https://other.example")  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="transport"):
        client.with_options(transport=None)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="auth"):
        client.with_options(auth="Basic x")  # type: ignore[typeddict-item]
    with pytest.raises(InvalidArgumentError, match="timeout"):
        client.with_options(timeout=-1)


async def test_a_closed_pool_closes_every_view(make_client: MakeClient) -> None:
    base = make_client()
    view = base.with_options(language="sv")
    await view.aclose()
    assert not base.is_closed
    await base.aclose()
    assert view.is_closed
    with pytest.raises(Exception, match="closed"):
        await view.users.get(5)


def test_typed_methods_say_what_they_call(client: SuperOfficeClient) -> None:
    assert client.users.get.__doc__ is not None
    assert "GET User/{id}" in client.users.get.__doc__
    assert client.user_agent.save_user.__doc__ is not None
    assert "Never repeated" in client.user_agent.save_user.__doc__
    assert len(OPERATIONS) >= 27


async def test_the_pipeline_writes_no_context_for_other_layers(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    import contextvars

    httpx_mock.add_response(json=USER)
    before = set(contextvars.copy_context().keys())
    await client.with_raw_response.user_agent.get_user(5)
    after = set(contextvars.copy_context().keys())
    assert after - before == set()  # a raw call sets no context variable


def test_the_package_imports_no_http_library_until_a_client_is_made() -> None:
    import subprocess
    import sys

    code = (
        "import sys, superoffice_async; "
        "print(sorted(m for m in ('aiohttp', 'httpx', 'tqdm') if m in sys.modules))"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_repr_names_the_scheme_only() -> None:
    so = SuperOfficeClient(BASE, auth=BasicAuth("tje0", "Tje0"))
    assert repr(so) == "SuperOfficeClient('https://sod2.superoffice.com/Cust12345/', auth=Basic)"
    assert "Tje0" not in repr(so.with_options(language="sv"))
