"""Secrets never show (debug logs, reprs, anything reachable from an error), and configuration
from SUPEROFFICE_* variables."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from superoffice_async import (
    AuthenticationError,
    BasicAuth,
    BearerAuth,
    ConfigurationError,
    CredentialProviderAuth,
    IdentityProviderError,
    OAuthAuth,
    SignInError,
    SOTicketAuth,
    SuperOfficeClient,
    SystemUserAuth,
    TokenSet,
    TokenValidationError,
    XsrfTokenAuth,
)
from superoffice_async.config import auth_from_env, configure_logging
from superoffice_async.testing import OnlineSandboxServer

from .online_support import TENANT, api_calls, oauth, online, system_user, tenant_client

__all__ = ["online"]


def _secrets(server: OnlineSandboxServer) -> list[str]:
    app = server.identity.app
    pem_body = "".join(app.private_key_pem.splitlines()[1:-1])
    xml = app.private_key_xml
    d_value = xml.split("<D>")[1].split("</D>")[0]
    return [
        app.client_secret,
        app.system_user_token,
        app.refresh_token,
        pem_body[100:160],
        d_value[:60],
        *server.identity.issued,
    ]


def _reachable(root: object) -> Iterator[object]:
    """Every object reachable from ``root`` through attributes, items, args, causes, contexts
    and notes (not tracebacks: their frames are the code's, not the error's)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type | type(len) | type(_reachable)):
            continue
        seen.add(id(obj))
        yield obj
        if isinstance(obj, str | bytes | int | float | bool) or obj is None:
            continue
        if isinstance(obj, dict):
            stack += [*obj.keys(), *obj.values()]
            continue
        if isinstance(obj, list | tuple | set | frozenset):
            stack += list(obj)
            continue
        if isinstance(obj, BaseException):
            stack += [obj.args, obj.__cause__, obj.__context__, getattr(obj, "__notes__", None)]
        stack += list(getattr(obj, "__dict__", {}).values())
        for slot in getattr(type(obj), "__slots__", ()):
            if hasattr(obj, slot):
                stack.append(getattr(obj, slot))


def _texts(root: object) -> str:
    return "\n".join(
        obj.decode("utf-8", "replace") if isinstance(obj, bytes) else repr(obj) + str(obj)
        for obj in _reachable(root)
    )


async def test_no_secret_in_debug_logs_reprs_or_errors(
    online: OnlineSandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="superoffice_async")
    errors: list[BaseException] = []
    shown: list[str] = []
    online.identity.rotate_refresh_tokens = True

    def remember(tokens: TokenSet) -> None:
        shown.append(repr(tokens))

    for auth in (system_user(online), oauth(online, on_tokens=remember)):
        async with tenant_client(online, auth) as so:
            await so.users.get(5)
            online.identity.expire_tickets()
            online.identity.expire_tokens()
            online.online.move_tenant()
            await so.users.get(6)
            shown.extend([repr(auth), str(auth), repr(so)])
    online.identity.tamper("audience")
    failures: list[tuple[Any, type[BaseException]]] = [
        (system_user(online), TokenValidationError),
        (system_user(online, client_secret="client-secret-typo"), IdentityProviderError),
        (oauth(online, refresh_token="refresh-token-typo"), IdentityProviderError),
        (CredentialProviderAuth(lambda: "SOTicket 7T:stale-ticket-value"), AuthenticationError),
    ]
    for auth, kind in failures:
        async with tenant_client(online, auth, app_token=None) as so:
            for _ in range(2):  # the second fails fast: a copy of the first, with retry_at
                with pytest.raises(kind) as caught:
                    await so.users.get(5)
                errors.append(caught.value)
    secrets = [*_secrets(online), "client-secret-typo", "refresh-token-typo", "stale-ticket-value"]
    assert len(online.identity.issued) >= 6
    logs = "\n".join(record.getMessage() for record in caplog.records)
    assert "attempt 1: 200" in logs  # debug: one line per attempt
    assert "attempt 2: 401" in logs or "attempt 2: 421" in logs
    everything = logs + "\n".join(shown) + "".join(_texts(error) for error in errors)
    for secret in secrets:
        assert secret not in everything
    assert api_calls(online) > 0


def test_reprs_of_credentials_show_no_secret() -> None:
    tokens = TokenSet("8A:access-secret", "refresh-secret", None, "id.token.secret")
    auths = [
        BasicAuth("user", "password-secret"),
        SOTicketAuth("7T:ticket-secret"),
        BearerAuth("8A:bearer-secret"),
        XsrfTokenAuth("xsrf-secret"),
        OAuthAuth(client_id="c", client_secret="client-secret", refresh_token="refresh-secret"),
    ]
    text = repr(tokens) + "".join(repr(a) + str(a) for a in auths)
    assert "secret" not in text.replace("client_id", "")


ENV_BASE = {"SUPEROFFICE_URL": "https://sod2.superoffice.com/Cust12345"}


@pytest.mark.parametrize(
    ("variables", "kind"),
    [
        ({"SUPEROFFICE_USER": "u", "SUPEROFFICE_PASSWORD": "p"}, BasicAuth),
        ({"SUPEROFFICE_TICKET": "7T:x", "SUPEROFFICE_APP_TOKEN": "a"}, SOTicketAuth),
        ({"SUPEROFFICE_ACCESS_TOKEN": "8A:x"}, BearerAuth),
        ({"SUPEROFFICE_XSRF_TOKEN": "x"}, XsrfTokenAuth),
        (
            {
                "SUPEROFFICE_REFRESH_TOKEN": "r",
                "SUPEROFFICE_ACCESS_TOKEN": "8A:x",
                "SUPEROFFICE_CLIENT_ID": "c",
                "SUPEROFFICE_CLIENT_SECRET": "s",
                "SUPEROFFICE_ENVIRONMENT": "sod",
            },
            OAuthAuth,
        ),
    ],
)
async def test_each_kind_of_credential_from_the_environment(
    variables: dict[str, str], kind: type
) -> None:
    assert isinstance(auth_from_env(variables), kind)
    async with SuperOfficeClient.from_env({**ENV_BASE, **variables}) as so:
        assert so.base_url == "https://sod2.superoffice.com/Cust12345/"


async def test_system_user_from_the_environment_against_the_sandbox(
    online: OnlineSandboxServer, tmp_path: Path
) -> None:
    app = online.identity.app
    key_file = tmp_path / "private.pem"
    key_file.write_text(app.private_key_pem)
    environ = {
        "SUPEROFFICE_TENANT": TENANT,
        "SUPEROFFICE_ENVIRONMENT": online.url,
        "SUPEROFFICE_SYSTEM_USER_TOKEN": app.system_user_token,
        "SUPEROFFICE_CLIENT_SECRET": app.client_secret,
        "SUPEROFFICE_PRIVATE_KEY_FILE": str(key_file),
    }
    async with SuperOfficeClient.from_env(environ) as so:
        assert isinstance(so._settings["auth"], SystemUserAuth)
        assert so.tenant == TENANT
        assert (await so.users.get(5)).associate_id == 5


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({}, "no credentials"),
        ({"SUPEROFFICE_TICKET": "7T:x", "SUPEROFFICE_USER": "u"}, "more than one"),
        ({"SUPEROFFICE_USER": "u"}, "needs SUPEROFFICE_PASSWORD"),
        ({"SUPEROFFICE_REFRESH_TOKEN": "r-value"}, "SUPEROFFICE_CLIENT_ID"),
        ({"SUPEROFFICE_SYSTEM_USER_TOKEN": "t-value"}, "SUPEROFFICE_PRIVATE_KEY"),
    ],
)
def test_environment_errors_name_variables_not_values(
    variables: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message) as caught:
        auth_from_env(variables)
    assert "value" not in str(caught.value)


def test_no_site_in_the_environment() -> None:
    with pytest.raises(ConfigurationError, match="no site"):
        SuperOfficeClient.from_env({"SUPEROFFICE_TICKET": "7T:x"})


def test_superoffice_log_switches_logging_on() -> None:
    logger = logging.getLogger("superoffice_async")
    level, handlers = logger.level, list(logger.handlers)
    try:
        configure_logging("debug")
        configure_logging("DEBUG")
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == len(handlers) + 1  # one handler, however often called
        configure_logging("info")
        assert logger.level == logging.INFO
        with pytest.raises(ConfigurationError, match="SUPEROFFICE_LOG"):
            configure_logging("loud")
    finally:
        logger.setLevel(level)
        logger.handlers[:] = handlers


def test_import_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, superoffice_async; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jwt', 'cryptography')))"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, this code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_sign_in_error_is_not_a_request_error() -> None:
    """The pipeline retries RequestErrors; a failed sign-in is not retried as if it were one."""
    from superoffice_async.errors import RequestError

    assert not issubclass(SignInError, RequestError)


def test_the_command_line_reads_an_online_tenant_from_the_environment(
    online: OnlineSandboxServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from superoffice_async.cli import main

    app = online.identity.app
    for name in ("SUPEROFFICE_URL", "SUPEROFFICE_USER", "SUPEROFFICE_TICKET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SUPEROFFICE_TENANT", TENANT)
    monkeypatch.setenv("SUPEROFFICE_ENVIRONMENT", online.url)
    monkeypatch.setenv("SUPEROFFICE_SYSTEM_USER_TOKEN", app.system_user_token)
    monkeypatch.setenv("SUPEROFFICE_CLIENT_SECRET", app.client_secret)
    monkeypatch.setenv("SUPEROFFICE_PRIVATE_KEY", app.private_key_xml)
    assert main(["get", "5"]) == 0
    printed = capsys.readouterr()
    assert '"AssociateId": 5' in printed.out
    assert app.client_secret not in printed.out + printed.err
    online.online.set_state("OfflineMaintenance")
    assert main(["get", "5"]) == 3
    assert "OfflineMaintenance" in capsys.readouterr().err


SECRET = "s3cr3t-value"


TICKET = {"SUPEROFFICE_TICKET": "7T:x"}
SITE_TICKET = {**ENV_BASE, **TICKET}
OAUTH = {
    "SUPEROFFICE_REFRESH_TOKEN": "r",
    "SUPEROFFICE_CLIENT_ID": "c",
    "SUPEROFFICE_CLIENT_SECRET": "s",
}
SYSTEM = {
    "SUPEROFFICE_TENANT": "Cust1",
    "SUPEROFFICE_SYSTEM_USER_TOKEN": "t",
    "SUPEROFFICE_CLIENT_SECRET": "s",
}
KEY = "SUPEROFFICE_PRIVATE_KEY"


@pytest.mark.parametrize(
    ("variables", "variable"),
    [
        ({**TICKET, "SUPEROFFICE_URL": f"ftp://{SECRET}.example/C"}, "URL"),
        ({**TICKET, "SUPEROFFICE_URL": "http://crm.example.com/C"}, "URL"),
        ({**ENV_BASE, "SUPEROFFICE_TICKET": f"7T:{SECRET}\n"}, "TICKET"),
        (
            {**TICKET, "SUPEROFFICE_TENANT": "Cust1", "SUPEROFFICE_ENVIRONMENT": SECRET},
            "ENVIRONMENT",
        ),
        ({**TICKET, "SUPEROFFICE_TENANT": f"Cust 1 {SECRET}!"}, "TENANT"),
        ({**SITE_TICKET, "SUPEROFFICE_LANGUAGE": f"español{SECRET}"}, "LANGUAGE"),
        ({**SITE_TICKET, "SUPEROFFICE_LOG": SECRET}, "LOG"),
        ({**SITE_TICKET, "SUPEROFFICE_ALLOW_INSECURE_HTTP": SECRET}, "ALLOW_INSECURE_HTTP"),
        ({**ENV_BASE, "SUPEROFFICE_USER": f"a:{SECRET}", "SUPEROFFICE_PASSWORD": SECRET}, "USER"),
        ({**ENV_BASE, **OAUTH, "SUPEROFFICE_ENVIRONMENT": SECRET}, "ENVIRONMENT"),
        ({**SYSTEM, KEY: f"-----BEGIN {SECRET}"}, "PRIVATE_KEY"),
        ({**SYSTEM, KEY: SECRET}, "PRIVATE_KEY"),
        ({**SYSTEM, f"{KEY}_FILE": f"/no/such/{SECRET}.pem"}, "PRIVATE_KEY_FILE"),
        ({**SYSTEM, "SUPEROFFICE_URL": "https://evil.example/C", KEY: "KEY"}, "URL"),
    ],
)
def test_from_env_names_the_variable_in_every_error(
    variables: dict[str, str], variable: str, tmp_path: Path
) -> None:
    if variables.get("SUPEROFFICE_PRIVATE_KEY") == "KEY":
        from superoffice_async.testing import PartnerApp

        variables = {**variables, "SUPEROFFICE_PRIVATE_KEY": PartnerApp().private_key_pem}
    with pytest.raises(ConfigurationError) as caught:
        SuperOfficeClient.from_env(variables)
    message = str(caught.value)
    assert message.startswith(f"SUPEROFFICE_{variable}"), message
    assert SECRET not in _texts(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


@pytest.mark.parametrize(
    ("name", "closest"),
    [
        ("SUPEROFFICE_ENVIROMENT", "SUPEROFFICE_ENVIRONMENT"),
        ("SUPEROFFICE_TENNANT", "SUPEROFFICE_TENANT"),
        ("SUPEROFFICE_PRIVATEKEY_FILE", "SUPEROFFICE_PRIVATE_KEY_FILE"),
        ("superoffice_url", "SUPEROFFICE_URL"),
        ("SUPEROFFICE_TIMEOUT", None),
    ],
)
def test_an_unknown_superoffice_variable_is_refused_naming_the_closest(
    name: str, closest: str | None
) -> None:
    environ = {**SITE_TICKET, name: SECRET}
    with pytest.raises(ConfigurationError, match=f"^{name} is not a variable") as caught:
        SuperOfficeClient.from_env(environ)
    if closest is not None:
        assert f"did you mean {closest}?" in str(caught.value)
    else:
        assert "did you mean" not in str(caught.value)
    assert SECRET not in str(caught.value)
    SuperOfficeClient.from_env({**SITE_TICKET, "OTHER_TIMEOUT": "x"})
