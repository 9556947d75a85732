"""Each error class comes from the server behaviour that should produce it."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    BasicAuth,
    ConflictError,
    ConnectionFailedError,
    ConnectTimeoutError,
    InvalidArgumentError,
    MisdirectedRequestError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ReadTimeoutError,
    RedirectError,
    ResponseValidationError,
    ServerError,
    SOTicketAuth,
    SuperOfficeClient,
    SuperOfficeError,
    UnknownOperationError,
    User,
)

from .conftest import MakeClient

ERROR_BODY = {
    "Error": True,
    "ErrorType": "SoNotFoundException",
    "ErrorMessage": "User id 99999 not found",
    "ErrorSource": "SuperOffice.Services.Implementation",
}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (412, PreconditionFailedError),
        (421, MisdirectedRequestError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (520, ServerError),
        (405, APIStatusError),
        (304, RedirectError),
        (302, RedirectError),
    ],
)
async def test_status_errors(
    client: SuperOfficeClient, httpx_mock: HTTPXMock, status: int, cls: type[APIStatusError]
) -> None:
    httpx_mock.add_response(status_code=status, json=ERROR_BODY)
    with pytest.raises(cls) as caught:
        await client.users.put(99999, User(), replace=True)
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.error_type == "SoNotFoundException"
    assert error.error_message == "User id 99999 not found"
    assert error.error_source == "SuperOffice.Services.Implementation"
    assert error.operation_id == "v1User_PutUser"
    assert error.path == "/api/v1/User/{id}"
    assert error.attempts == 1
    assert f"answered {status}: SoNotFoundException: User id 99999 not found" in str(error)


async def test_404_with_null_body(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=404, content=b"null", headers={"Content-Type": "application/json"}
    )
    with pytest.raises(NotFoundError) as caught:
        await client.users.execute_command(5, "Ping")
    assert caught.value.error_type is None
    assert caught.value.body == "null"


async def test_html_error_page_from_a_proxy(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=502, html="<html><body>Bad gateway</body></html>")
    with pytest.raises(ServerError) as caught:
        await client.users.put(5, User(), replace=True)
    assert caught.value.error_type is None
    assert caught.value.body.startswith("<html>")


async def test_rate_limit_carries_retry_after(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "7"})
    with pytest.raises(RateLimitError) as caught:
        await client.users.put(5, User(), replace=True)
    assert caught.value.retry_after == 7.0


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"{not json", "application/json", "JSONDecodeError"),
        (b"<html>login</html>", "text/html", "expected a JSON answer, got text/html"),
        (b"[1, 2]", "application/json", "the answer does not match the spec"),
        (b'"text"', "application/json", "the answer does not match the spec"),
        (
            b'{"AssociateId": "five"}',
            "application/json",
            "AssociateId: expected int | None, got str",
        ),
        (b'{"Role": "admin"}', "application/json", "Role: expected Role | None, got str"),
        (b'{"Role": {"Id": true}}', "application/json", "Role.Id: expected int | None, got bool"),
        (b'{"Lastlogin": "yesterday"}', "application/json", "Lastlogin: expected"),
        (b'{"OtherGroups": {"Id": 1}}', "application/json", "OtherGroups: expected"),
        (b'{"Deleted": "no"}', "application/json", "Deleted: expected bool | None, got str"),
    ],
)
async def test_answers_that_do_not_match_the_spec(
    client: SuperOfficeClient,
    httpx_mock: HTTPXMock,
    content: bytes,
    content_type: str,
    expected: str,
) -> None:
    httpx_mock.add_response(content=content, headers={"Content-Type": content_type})
    with pytest.raises(ResponseValidationError) as caught:
        await client.users.put(5, User(), replace=True)
    assert expected in str(caught.value)
    assert caught.value.operation_id == "v1User_PutUser"


async def test_undocumented_success_status(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204)
    with pytest.raises(ResponseValidationError, match="204"):
        await client.users.put(5, User(), replace=True)


async def test_non_standard_success_status(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=299, json={})
    with pytest.raises(ResponseValidationError):
        await client.users.put(5, User(), replace=True)


@pytest.mark.parametrize(
    ("exception", "cls", "sent"),
    [
        (httpx.ConnectError("refused"), ConnectionFailedError, False),
        (httpx.ConnectTimeout("slow"), ConnectTimeoutError, False),
        (httpx.PoolTimeout("busy"), ConnectTimeoutError, False),
        (httpx.ReadTimeout("slow"), ReadTimeoutError, True),
        (httpx.WriteTimeout("slow"), ReadTimeoutError, True),
        (httpx.ReadError("reset"), ConnectionFailedError, True),
        (httpx.RemoteProtocolError("closed"), ConnectionFailedError, True),
    ],
)
async def test_transport_failures(
    client: SuperOfficeClient,
    httpx_mock: HTTPXMock,
    exception: Exception,
    cls: type[SuperOfficeError],
    sent: bool,
) -> None:
    httpx_mock.add_exception(exception)
    with pytest.raises(cls) as caught:
        await client.user_agent.execute_user_command("Ping", None)
    assert caught.value.request_sent is sent  # type: ignore[attr-defined]
    assert caught.value.operation_id == "v1UserAgent_ExecuteUserCommand"  # type: ignore[attr-defined]
    # httpx's exception holds the request, credentials included: it is not chained.
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


async def test_refused_connection_on_a_real_socket(make_client: MakeClient) -> None:
    client = make_client(base_url="http://127.0.0.1:9")  # discard port: nothing listens
    with pytest.raises(ConnectionFailedError) as caught:
        await client.user_agent.save_user_from_name("x", None)
    assert caught.value.request_sent is False


@pytest.mark.httpx_mock(assert_all_requests_were_expected=False)
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: c.users.put(0, User(), replace=True), "user_id must be between 1"),
        (lambda c: c.users.put(2**31, User(), replace=True), "user_id must be between 1"),
        (lambda c: c.users.put("5", User(), replace=True), "user_id must be an int"),
        (lambda c: c.users.put(True, User(), replace=True), "user_id must be an int"),
        (lambda c: c.users.put(5, {"Name": "x"}, replace=True), "user must be a User"),
        (lambda c: c.users.execute_command(5, ".."), "must not be '..'"),
        (lambda c: c.users.execute_command(5, "."), "must not be '.'"),
        (lambda c: c.users.execute_command(5, " "), "must be a non-empty str"),
        (lambda c: c.users.execute_command(5, "a\nb"), "control characters"),
        (
            lambda c: c.users.execute_command(5, "x", action_result="Maybe"),
            "one of Cancel, Implicit, No, Ok, Yes",
        ),
        (lambda c: c.users.put(5, User(), select="Name,Nmae", replace=True), "closest: Name"),
        (
            lambda c: c.users.put(5, User(), select="Person/Frstname", replace=True),
            "closest: Firstname",
        ),
        (
            lambda c: c.users.put(5, User(), select="Name/First", replace=True),
            "Name is not a carrier",
        ),
        (
            lambda c: c.users.put(5, User(), language="", replace=True),
            "'language' must be a non-empty",
        ),
        (lambda c: c.users.put(5, User(), timeout=0, replace=True), "'timeout' must be a positive"),
        (lambda c: c.users.put(5, User(), colour="red", replace=True), "unknown option"),
        (lambda c: c.user_agent.save_user_from_name("", None), "user_name must be"),
        (lambda c: c.user_agent.execute_user_command("x", 5), "user must be a User"),
    ],
)
async def test_bad_arguments_never_reach_the_wire(
    client: SuperOfficeClient, httpx_mock: HTTPXMock, call: object, message: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        await call(client)  # type: ignore[operator]
    assert httpx_mock.get_requests() == []


async def test_paths_that_leave_the_api_are_not_sent(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    for path in ("https://evil.example/api", "//evil.example/x", "api/v1/../../x", "a/%2e%2e/b"):
        with pytest.raises(UnknownOperationError):
            await client.request("GET", path)
    with pytest.raises(UnknownOperationError):
        await client.users.execute_command(5, "..")
    with pytest.raises(UnknownOperationError):
        await client.users.get_by_name("Default")  # GET User/Default is another operation
    assert httpx_mock.get_requests() == []


async def test_closed_client(make_client: MakeClient) -> None:
    client = make_client()
    await client.aclose()
    with pytest.raises(SuperOfficeError, match="closed"):
        await client.users.put(5, User(), replace=True)


SECRETS = ("Tje0", "7T:secret-ticket", "app-secret-token", "dGplMDpUamUw")


async def test_credentials_never_leak(
    make_client: MakeClient, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_response(status_code=401, json={"ErrorMessage": "bad"})
    httpx_mock.add_exception(httpx.ReadTimeout("slow"))
    basic = make_client(auth=BasicAuth("tje0", "Tje0"), app_token="app-secret-token", retries=False)
    ticket = make_client(
        auth=SOTicketAuth("7T:secret-ticket"), app_token="app-secret-token", retries=False
    )
    texts = [repr(basic), str(basic), repr(ticket)]
    for client in (basic, ticket):
        with pytest.raises(SuperOfficeError) as caught:
            await client.users.put(5, User(), select="Name", replace=True)
        texts += [str(caught.value), repr(caught.value)]
        texts += [json.dumps(vars(caught.value), default=str)]
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text
