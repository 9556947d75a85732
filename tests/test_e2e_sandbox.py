"""The SDK against the sandbox over real sockets: operations, auth, errors, retries, slowness."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from superoffice_async import (
    AuthenticationError,
    BadRequestError,
    BasicAuth,
    BearerAuth,
    CommandActionResult,
    ConnectionFailedError,
    NotFoundError,
    RateLimitError,
    Select,
    ServerError,
    SOTicketAuth,
    SuperOfficeClient,
    User,
    XsrfTokenAuth,
    fields,
    last_call,
)
from superoffice_async.auth.schemes import Auth
from superoffice_async.testing import Credentials, Sandbox, SandboxServer

APP_TOKEN = "sandbox-app-token"


@pytest.fixture
def sandbox_with_app_token() -> SandboxServer:
    server = SandboxServer(Sandbox(credentials=Credentials(app_token=APP_TOKEN)))
    server.start()
    yield server  # type: ignore[misc]
    server.stop()


async def test_put_replaces_the_whole_user(superoffice_client: SuperOfficeClient) -> None:
    users = superoffice_client.users
    read = await users.get(5)  # read-modify-write: get's answer goes to put as it is
    read.tooltip, read.is_on_travel = "Updated", True
    saved = await users.put(5, read)
    assert (saved.associate_id, saved.tooltip, saved.is_on_travel) == (5, "Updated", True)
    assert saved.person is not None
    assert saved.person.person_id == 5
    assert saved.user_name
    assert saved.field_links is not None
    assert saved.field_links["Self"].endswith("/Cust12345/api/v1/User/5")
    # What a real server does with a partial carrier, when the caller insists:
    partial = await users.put(5, User(tooltip="Only this"), replace=True)
    assert (partial.tooltip, partial.user_name, partial.person, partial.role) == (
        "Only this",
        "",
        None,
        None,
    )


async def test_select_nulls_what_was_not_selected(superoffice_client: SuperOfficeClient) -> None:
    select = Select(User, fields.User.Name, fields.User.Person.Firstname)
    user = await superoffice_client.users.get(5)
    saved = await superoffice_client.users.put(5, user, select=select)
    assert saved.name is not None
    assert saved.person is not None
    assert saved.person.firstname is not None
    assert saved.person.lastname is None
    assert saved.associate_id is None
    assert saved.role is None
    assert saved.user_name is None


async def test_save_user_from_name(superoffice_client: SuperOfficeClient) -> None:
    agent = superoffice_client.user_agent
    new = await agent.create_default_user()  # a new user starts from the server's defaults
    new.name, new.nick_name = "NP", "newbie"
    created = await agent.save_user_from_name("new.person@example.com", new)
    assert created is not None
    assert created.user_name == "new.person@example.com"
    created.nick_name = "renamed"  # the saved answer is read from the server too
    again = await agent.save_user_from_name(
        "NEW.PERSON@example.com", created, select="AssociateId,NickName"
    )
    assert again is not None
    assert (again.associate_id, again.nick_name) == (created.associate_id, "renamed")
    missing = await superoffice_client.user_agent.save_user_from_name("nobody@example.com", None)
    assert missing is None


async def test_custom_commands(superoffice_client: SuperOfficeClient) -> None:
    rest = await superoffice_client.users.execute_command(7, "Ping", action_result="Yes")
    assert rest.success is True
    assert rest.result is CommandActionResult.YES
    agent = await superoffice_client.user_agent.execute_user_command(
        "SendWelcomeMail", User(associate_id=7), action_result=CommandActionResult.CANCEL
    )
    assert agent is not None
    assert agent.success is False
    assert agent.result is CommandActionResult.CANCEL
    nobody = await superoffice_client.user_agent.execute_user_command(
        "Ping", User(associate_id=999_999)
    )
    assert nobody is None


@pytest.mark.parametrize(
    ("auth", "app_token"),
    [
        (BasicAuth("tje0", "Tje0"), None),
        (SOTicketAuth("7T:sandbox-ticket"), APP_TOKEN),
        (BearerAuth("8A:sandbox-access-token"), APP_TOKEN),
        (XsrfTokenAuth("sandbox-xsrf-token"), None),
    ],
)
async def test_each_auth_scheme(
    sandbox_with_app_token: SandboxServer, auth: Auth, app_token: str | None
) -> None:
    async with SuperOfficeClient(sandbox_with_app_token.url, auth=auth, app_token=app_token) as so:
        assert (await so.users.get(3)).associate_id == 3


@pytest.mark.parametrize(
    ("auth", "app_token"),
    [
        (BasicAuth("tje0", "wrong"), None),
        (SOTicketAuth("7T:sandbox-ticket"), None),  # the ticket needs the app token here
        (SOTicketAuth("7T:sandbox-ticket"), "wrong-token"),
        (BearerAuth("8A:stolen"), APP_TOKEN),
        (XsrfTokenAuth("guess"), None),
    ],
)
async def test_bad_credentials_are_401(
    sandbox_with_app_token: SandboxServer, auth: Auth, app_token: str | None
) -> None:
    async with SuperOfficeClient(sandbox_with_app_token.url, auth=auth, app_token=app_token) as so:
        with pytest.raises(AuthenticationError) as caught:
            await so.users.get(3)
    assert caught.value.error_type == "SoUnauthorizedException"


async def test_not_found_and_bad_request(superoffice_client: SuperOfficeClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await superoffice_client.users.put(99_999, User(), replace=True)
    assert caught.value.error_message == "User id 99999 not found"
    with pytest.raises(NotFoundError):
        await superoffice_client.users.execute_command(99_999, "Ping")
    with pytest.raises(BadRequestError, match=r"User\.Name must be str"):
        await superoffice_client.users.put(5, User(name=5), replace=True)  # type: ignore[arg-type]


async def test_retry_after_injected_failures(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    user = await superoffice_client.users.get(4)
    user.tooltip = "third time lucky"
    faults = superoffice_sandbox.sandbox.faults
    faults.fail_next(1, 503)
    faults.fail_next(1, 429, retry_after=0)
    faults.drop_next(1)
    saved = await superoffice_client.users.put(4, user, max_attempts=4)
    assert saved.tooltip == "third time lucky"
    record = last_call()
    assert record is not None
    assert record.attempts == 4
    assert superoffice_sandbox.sandbox.calls["v1User_PutUser"] == 4


async def test_rate_limit_beyond_the_cap(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    superoffice_sandbox.sandbox.faults.fail_next(1, 429, retry_after=3600)
    with pytest.raises(RateLimitError) as caught:
        await superoffice_client.users.put(4, User(), replace=True)
    assert caught.value.retry_after == 3600


@pytest.mark.parametrize("fault", ["503", "drop"])
async def test_commands_are_never_repeated(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient, fault: str
) -> None:
    sandbox = superoffice_sandbox.sandbox
    if fault == "drop":
        sandbox.faults.drop_next(2)
    else:
        sandbox.faults.fail_next(2, 503)
    expected = ConnectionFailedError if fault == "drop" else ServerError
    with pytest.raises(expected):
        await superoffice_client.user_agent.execute_user_command("Ping", User(associate_id=2))
    with pytest.raises(expected):
        await superoffice_client.users.execute_command(2, "Ping")
    assert sandbox.calls["v1UserAgent_ExecuteUserCommand"] == 1
    assert sandbox.calls["v1User_ExecuteUserCommandAsync"] == 1


async def test_slow_call_warning(
    superoffice_sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="superoffice_async")
    superoffice_sandbox.sandbox.faults.add_latency(0.3, "v1User_PutUser")
    async with SuperOfficeClient(
        superoffice_sandbox.url, auth=BasicAuth("tje0", "Tje0"), slow_call_ms=200
    ) as so:
        await so.users.put(6, User(), replace=True)
        await so.user_agent.save_user_from_name("x@example.com", None)
    (record,) = [r for r in caplog.records if r.name == "superoffice_async"]
    assert record.getMessage().startswith("slow call: v1User_PutUser PUT /api/v1/User/{id} took ")


def test_command_line_sandbox() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "superoffice_async.testing", "--port", "0", "--max-seconds", "30"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("sandbox serving 300 users at http://127.0.0.1:")
        url = first.rsplit(" ", 1)[-1].strip()
        import httpx

        answer = httpx.put(f"{url}/api/v1/User/1", json={}, auth=("tje0", "Tje0"), timeout=5)
        assert answer.status_code == 200
        assert answer.json()["AssociateId"] == 1
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0
        if process.stdout is not None:
            process.stdout.close()


def test_sandbox_refuses_non_loopback_addresses() -> None:
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(host="0.0.0.0")  # noqa: S104


async def test_aiohttp_transport_refused_connection_is_never_sent() -> None:
    async with SuperOfficeClient("http://127.0.0.1:9", auth=BasicAuth("tje0", "Tje0")) as so:
        with pytest.raises(ConnectionFailedError) as caught:
            await so.users.execute_command(1, "Ping", max_attempts=1)
    assert caught.value.request_sent is False


async def test_aiohttp_transport_dropped_answer_may_have_been_sent(
    superoffice_sandbox: SandboxServer, superoffice_client: SuperOfficeClient
) -> None:
    superoffice_sandbox.sandbox.faults.drop_next(1)
    with pytest.raises(ConnectionFailedError) as caught:
        await superoffice_client.users.execute_command(1, "Ping")
    assert caught.value.request_sent is True
