"""What each operation puts on the wire, and what it returns."""

from __future__ import annotations

import base64
import json

import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import (
    BasicAuth,
    BearerAuth,
    CommandActionResult,
    CommandResult,
    Select,
    SOTicketAuth,
    SuperOfficeClient,
    User,
    UserWithLinks,
    XsrfTokenAuth,
)
from superoffice_async.auth.schemes import Auth

from .conftest import API, MakeClient
from .seed_samples import load

USER_WITH_LINKS = load("003_b70f638c30fcf8f5.response")
USER = load("004_4a28e23eca8c6f64.response")
COMMAND_RESULT = load("002_f4b4355187c606fc.response")


async def test_put_user(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="PUT",
        url=f"{API}/User/539?%24select=Name%2CPerson%2FFirstname",
        json=USER_WITH_LINKS,
    )
    body = User.from_dict(load("003_b70f638c30fcf8f5.request"))
    saved = await client.users.put(539, body, select="name,person/firstname", replace=True)
    assert isinstance(saved, UserWithLinks)
    assert saved.associate_id == 539
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Accept"] == "application/json"
    assert json.loads(request.content) == body.to_dict()


async def test_save_user_from_name(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=f"{API}/Agents/User/SaveUserFromName?%24select=UserName", json=USER
    )
    user = await client.user_agent.save_user_from_name(
        "Reilly-Kuhn", None, select=Select("User", "username")
    )
    assert isinstance(user, User)
    assert user.name == "Lisa Martinez"
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {"UserName": "Reilly-Kuhn", "User": None}


async def test_save_user_from_name_sends_the_user(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="POST", url=f"{API}/Agents/User/SaveUserFromName", json=USER)
    await client.user_agent.save_user_from_name("lisa", User(name="LM", rank=4), replace=True)
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == {"UserName": "lisa", "User": {"Name": "LM", "Rank": 4}}


async def test_rest_custom_command(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{API}/User/12/CustomCommand/Send%20welcome%2Fmail?actionResult=Cancel",
        json=COMMAND_RESULT,
    )
    result = await client.users.execute_command(12, "Send welcome/mail", action_result="Cancel")
    assert isinstance(result, CommandResult)
    assert result.result is CommandActionResult.CANCEL
    request = httpx_mock.get_request()
    assert request is not None
    assert request.content == b""


async def test_rest_custom_command_without_action_result(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{API}/User/12/CustomCommand/Ping", json=COMMAND_RESULT)
    await client.users.execute_command(12, "Ping")


async def test_agent_execute_user_command(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=f"{API}/Agents/User/ExecuteUserCommand", json=COMMAND_RESULT
    )
    result = await client.user_agent.execute_user_command(
        "Smith Group", None, action_result=CommandActionResult.CANCEL
    )
    assert isinstance(result, CommandResult)
    assert result.message == "enim"
    request = httpx_mock.get_request()
    assert request is not None
    assert json.loads(request.content) == load("002_f4b4355187c606fc.request")


@pytest.mark.parametrize(
    ("auth", "header", "value"),
    [
        (
            BasicAuth("tje0", "Tje0"),
            "Authorization",
            "Basic " + base64.b64encode(b"tje0:Tje0").decode(),
        ),
        (SOTicketAuth("7T:abc123=="), "Authorization", "SOTicket 7T:abc123=="),
        (BearerAuth("8A:xyz123abc=="), "Authorization", "Bearer 8A:xyz123abc=="),
        (XsrfTokenAuth("abc1234"), "X-XSRF-TOKEN", "abc1234"),
    ],
)
async def test_auth_schemes(
    make_client: MakeClient, httpx_mock: HTTPXMock, auth: Auth, header: str, value: str
) -> None:
    httpx_mock.add_response(json=USER)
    client = make_client(auth=auth)
    await client.user_agent.save_user_from_name("x", None)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers[header] == value
    if isinstance(auth, XsrfTokenAuth):
        assert "Authorization" not in request.headers
    assert "SO-AppToken" not in request.headers


async def test_app_token_and_so_headers(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=USER)
    httpx_mock.add_response(json=USER)
    client = make_client(
        auth=SOTicketAuth("7T:t"),
        app_token="qw123f4c5",
        language="sv",
        culture="nb",
        time_zone="CET",
        accept_language="en",
    )
    await client.user_agent.save_user_from_name("x", None)
    await client.user_agent.save_user_from_name("x", None, language="de", time_zone="UTC")
    first, second = httpx_mock.get_requests()
    assert first.headers["SO-AppToken"] == "qw123f4c5"
    assert first.headers["Authorization"] == "SOTicket 7T:t"
    assert (first.headers["SO-Language"], first.headers["SO-Culture"]) == ("sv", "nb")
    assert (first.headers["SO-TimeZone"], first.headers["Accept-Language"]) == ("CET", "en")
    assert (second.headers["SO-Language"], second.headers["SO-TimeZone"]) == ("de", "UTC")
    assert second.headers["SO-Culture"] == "nb"


async def test_no_so_headers_unless_asked(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=USER)
    await client.user_agent.save_user_from_name("x", None)
    request = httpx_mock.get_request()
    assert request is not None
    for name in ("SO-Language", "SO-Culture", "SO-TimeZone", "Accept-Language", "SO-AppToken"):
        assert name not in request.headers


async def test_with_options_shares_the_pool(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=USER)
    swedish = client.with_options(language="sv")
    await swedish.user_agent.save_user_from_name("x", None)
    await swedish.aclose()  # does not close the shared pool
    assert not client.is_closed
    httpx_mock.add_response(json=USER)
    await client.user_agent.save_user_from_name("x", None)
    first, second = httpx_mock.get_requests()
    assert first.headers["SO-Language"] == "sv"
    assert "SO-Language" not in second.headers


async def test_tenantless_base_url(make_client: MakeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url="http://127.0.0.1:8000/api/v1/Agents/User/SaveUserFromName", json=USER
    )
    client = make_client(base_url="http://127.0.0.1:8000")
    assert await client.user_agent.save_user_from_name("x", None) is not None


async def test_agents_not_found_is_none(client: SuperOfficeClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(content=b"null", headers={"Content-Type": "application/json"})
    httpx_mock.add_response(content=b"null", headers={"Content-Type": "application/json"})
    assert await client.user_agent.save_user_from_name("nobody", None) is None
    assert await client.user_agent.execute_user_command("Ping", None) is None


async def test_raw_response_of_a_typed_method(
    client: SuperOfficeClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=USER_WITH_LINKS, headers={"X-Request-Id": "r-1"})
    raw = await client.users.with_raw_response.put(539, User(), replace=True)
    assert isinstance(raw.parsed, UserWithLinks)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.attempts == 1
    assert raw.record.operation_id == "v1User_PutUser"
    assert raw.record.path == "/api/v1/User/{id}"
    for request in httpx_mock.get_requests():
        assert request.headers["Authorization"].startswith("Basic ")
