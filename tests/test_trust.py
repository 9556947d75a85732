"""Where credentials may go: one rule for every client however it was built (issue 18 item 1).

https to the configured host; plain http only on loopback (the sandbox) or with the loudly named
``allow_insecure_http``; Online credentials only to their own environment's servers; refused at
construction, before anything is sent, with a message saying why.
"""

from __future__ import annotations

import pytest

from superoffice_async import (
    BasicAuth,
    ConfigurationError,
    OAuthAuth,
    SOTicketAuth,
    SuperOfficeClient,
    SystemUserAuth,
)
from superoffice_async.testing import OnlineSandboxServer, PartnerApp

from .online_support import TENANT, api_calls, online, system_user

__all__ = ["online"]


def _system_user(environment: str = "sod") -> SystemUserAuth:
    return SystemUserAuth(
        client_secret="app-secret-value",
        private_key=PartnerApp().private_key_pem,
        system_user_token="system-user-token-value",
        tenant="Cust12345",
        environment=environment,
    )


def _oauth(environment: str = "sod") -> OAuthAuth:
    return OAuthAuth(
        client_id="client-id",
        client_secret="app-secret-value",
        refresh_token="refresh-token-value",
        environment=environment,
    )


@pytest.mark.parametrize("auth", [_system_user, _oauth, lambda: SOTicketAuth("7T:ticket-value")])
def test_plain_http_to_a_public_host_is_refused(auth: object) -> None:
    with pytest.raises(ConfigurationError, match=r"plain http.*clear text") as caught:
        SuperOfficeClient("http://sod2.superoffice.com/Cust12345", auth=auth())  # type: ignore[operator]
    assert "allow_insecure_http" in str(caught.value)
    for secret in ("app-secret-value", "ticket-value", "refresh-token-value"):
        assert secret not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "https://sod2.superoffice.com.evil.example/Cust12345",
        "https://evil.example.com/Cust12345",
        "https://sod2-superoffice.com/Cust12345",
        "https://superoffice.com/Cust12345",
    ],
)
@pytest.mark.parametrize("make", [_system_user, _oauth])
def test_online_credentials_go_only_to_their_environment(url: str, make: object) -> None:
    auth = make()  # type: ignore[operator]
    with pytest.raises(ConfigurationError, match="not a server of the Online environment sod"):
        SuperOfficeClient(url, auth=auth)


@pytest.mark.parametrize("make", [_system_user, _oauth])
def test_online_credentials_reach_their_own_servers(make: object) -> None:
    for url in ("https://sod.superoffice.com/Cust12345", "https://sod2.superoffice.com/Cust1"):
        SuperOfficeClient(url, auth=make())  # type: ignore[operator]


def test_a_tenant_client_of_another_environment_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"looked up in online.*signs in at sod"):
        SuperOfficeClient.for_tenant("Cust12345", environment="online", auth=_system_user("sod"))


def test_with_options_applies_the_rule_to_the_new_auth() -> None:
    so = SuperOfficeClient("https://crm.example.com/SuperOffice", auth=BasicAuth("u", "p"))
    with pytest.raises(ConfigurationError, match="not a server of the Online environment"):
        so.with_options(auth=_system_user("sod"))
    plain = SuperOfficeClient(
        "http://crm.intranet/SuperOffice", auth=BasicAuth("u", "p"), allow_insecure_http=True
    )
    assert plain.with_options(auth=SOTicketAuth("7T:x")).base_url == plain.base_url


def test_plain_http_on_a_private_network_is_an_explicit_opt_in() -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        SuperOfficeClient("http://crm.intranet/SuperOffice", auth=BasicAuth("u", "p"))
    so = SuperOfficeClient(
        "http://crm.intranet/SuperOffice", auth=BasicAuth("u", "p"), allow_insecure_http=True
    )
    assert so.base_url == "http://crm.intranet/SuperOffice/"
    with pytest.raises(ConfigurationError, match="allow_insecure_http must be True or False"):
        SuperOfficeClient("https://x.example/C", auth=BasicAuth("u", "p"), allow_insecure_http=1)  # type: ignore[arg-type]


def test_the_rule_holds_for_a_url_from_the_environment() -> None:
    environ = {"SUPEROFFICE_URL": "http://sod2.superoffice.com/Cust1", "SUPEROFFICE_TICKET": "7T:x"}
    with pytest.raises(ConfigurationError, match=r"^SUPEROFFICE_URL: .*plain http"):
        SuperOfficeClient.from_env(environ)
    opted = SuperOfficeClient.from_env({**environ, "SUPEROFFICE_ALLOW_INSECURE_HTTP": "1"})
    assert opted.base_url == "http://sod2.superoffice.com/Cust1/"


async def test_the_loopback_sandbox_is_allowed(online: OnlineSandboxServer) -> None:
    """A fixed base URL on the sandbox's loopback server, with its system user: signs in, calls."""
    base = f"{online.url}/sod2/{TENANT}"
    async with SuperOfficeClient(base, auth=system_user(online)) as so:
        assert (await so.users.get(5)).associate_id == 5
    assert api_calls(online) == 1
    other_port = f"http://127.0.0.1:{online.port + 1 if online.port < 65535 else 1}/sod2/{TENANT}"
    with pytest.raises(ConfigurationError, match="not a server of the Online environment"):
        SuperOfficeClient(other_port, auth=system_user(online))
