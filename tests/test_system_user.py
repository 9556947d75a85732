"""The system user flow against the sandbox's identity provider, over real sockets."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from superoffice_async import (
    ConfigurationError,
    IdentityProviderError,
    SuperOfficeClient,
    SystemUserAuth,
    TokenValidationError,
)
from superoffice_async.auth.system_user import load_private_key, sign_system_user_token
from superoffice_async.testing import OnlineSandboxServer, PartnerApp

from .conftest import FakeClock
from .online_support import (
    TENANT,
    WallClock,
    api_calls,
    online,
    system_user,
    tenant_client,
)

__all__ = ["online"]


@pytest.mark.parametrize("form", ["pem", "xml", "path"])
async def test_sign_in_with_each_key_form(
    online: OnlineSandboxServer, form: str, tmp_path: Path
) -> None:
    app = online.identity.app
    key: str | Path = app.private_key_pem if form == "pem" else app.private_key_xml
    if form == "path":
        key = tmp_path / "private.xml"
        key.write_text(app.private_key_xml)
    auth = system_user(online, private_key=key)
    async with tenant_client(online, auth) as so:
        assert (await so.users.get(5)).associate_id == 5
        assert (await so.users.get(6)).associate_id == 6
    assert (online.identity.exchanges, auth.renewals, online.identity.jwks_reads) == (1, 1, 1)
    assert auth.headers()[0][1].startswith("SOTicket 7T:")
    assert auth.headers()[1] == ("SO-AppToken", app.client_secret)


async def test_concurrent_first_calls_share_one_sign_in(online: OnlineSandboxServer) -> None:
    auth = system_user(online)
    async with tenant_client(online, auth) as so:
        users = await asyncio.gather(*(so.users.get(n) for n in range(1, 41)))
    assert [u.associate_id for u in users] == list(range(1, 41))
    assert online.identity.exchanges == 1
    assert online.online.state_lookups == 1


async def test_an_expired_ticket_is_renewed_once_and_the_calls_repeated(
    online: OnlineSandboxServer,
) -> None:
    auth = system_user(online)
    async with tenant_client(online, auth) as so:
        await so.users.get(5)
        online.identity.expire_tickets()
        users = await asyncio.gather(*(so.users.get(n) for n in range(1, 31)))
    assert len(users) == 30
    assert online.identity.exchanges == 2
    assert online.identity.rejected_credentials >= 1


async def test_the_ticket_is_renewed_before_it_expires_and_slides_with_use(
    online: OnlineSandboxServer,
) -> None:
    clock = WallClock()
    auth = system_user(online, ticket_lifetime=60, refresh_margin=10)
    async with tenant_client(online, auth, clock=clock) as so:
        await so.users.get(5)
        for _ in range(3):  # each use keeps it alive another 60 s
            clock.advance(45)
            await so.users.get(5)
        assert online.identity.exchanges == 1
        clock.advance(55)  # 5 s left, inside the margin: renewed before sending
        await so.users.get(5)
    assert online.identity.exchanges == 2
    assert online.identity.rejected_credentials == 0


@pytest.mark.parametrize(
    "tamper", ["signature", "issuer", "audience", "expired", "tenant", "algorithm"]
)
async def test_a_bad_jwt_is_refused_and_nothing_is_sent(
    online: OnlineSandboxServer, tamper: str
) -> None:
    online.identity.tamper(tamper)
    auth = system_user(online)
    async with tenant_client(online, auth) as so:
        with pytest.raises(TokenValidationError) as caught:
            await so.users.get(5)
    assert caught.value.reason == tamper
    assert api_calls(online) == 0
    assert auth.renewals == 0
    with pytest.raises(Exception, match="no system user ticket yet"):
        auth.headers()


async def test_a_wrong_client_secret_is_refused(online: OnlineSandboxServer) -> None:
    auth = system_user(online, client_secret="not-the-secret")
    async with tenant_client(online, auth) as so:
        with pytest.raises(IdentityProviderError, match="Invalid ApplicationToken") as caught:
            await so.users.get(5)
    assert caught.value.status_code == 200
    assert "not-the-secret" not in str(caught.value)
    assert api_calls(online) == 0


async def test_a_key_that_is_not_the_apps_is_refused(online: OnlineSandboxServer) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    async with tenant_client(online, system_user(online, private_key=other)) as so:
        with pytest.raises(IdentityProviderError, match="signature"):
            await so.users.get(5)


async def test_sign_in_service_down_then_back(online: OnlineSandboxServer) -> None:
    online.identity.fail_next(1, 503)
    auth = system_user(online)
    clock = FakeClock()
    async with tenant_client(online, auth, clock=clock) as so:
        with pytest.raises(IdentityProviderError) as caught:
            await so.users.get(5)
        assert caught.value.status_code == 503
        assert caught.value.retry_after == 2.0
        with pytest.raises(IdentityProviderError):  # paused: not asked again yet
            await so.users.get(5)
        assert auth.sign_in_attempts == 1
        clock.advance(2.0)
        assert (await so.users.get(5)).associate_id == 5  # back: a failure is not kept
    assert api_calls(online) == 1


async def test_sign_in_service_unreachable() -> None:
    auth = SystemUserAuth(
        client_secret="s",
        private_key=PartnerApp().private_key_pem,
        system_user_token="t",
        tenant=TENANT,
        environment="http://127.0.0.1:9",
    )
    async with SuperOfficeClient("http://127.0.0.1:9/Cust12345", auth=auth, timeout=2) as so:
        with pytest.raises(IdentityProviderError, match="ConnectionFailedError") as caught:
            await so.users.get(5)
    assert caught.value.status_code is None
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


def test_signed_token_format() -> None:
    from base64 import b64decode
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    app = PartnerApp()
    key = load_private_key(app.private_key_xml)
    signed = sign_system_user_token("App-x.y", key, datetime(2026, 3, 4, 5, 6, 59, tzinfo=UTC))
    token, stamp, signature = signed.rsplit(".", 2)
    assert (token, stamp) == ("App-x.y", "202603040506")
    app.private_key.public_key().verify(
        b64decode(signature), b"App-x.y.202603040506", padding.PKCS1v15(), hashes.SHA256()
    )


def test_rsa_xml_without_crt_parts_and_bad_keys() -> None:
    import re

    xml = PartnerApp().private_key_xml
    bare = re.sub(r"<D[PQ]>[^<]*</D[PQ]>", "", xml)
    assert load_private_key(bare).private_numbers() == PartnerApp().private_key.private_numbers()
    for bad, message in [
        ("not a key", "neither PEM"),
        ("<RSAKeyValue><Modulus>AQ==</Modulus></RSAKeyValue>", "no <Exponent>"),
        ('<!DOCTYPE x [<!ENTITY a "b">]><RSAKeyValue/>', "declarations"),
        ("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "cannot be read"),
        (xml.replace("<D>", "<D>!!"), "not base64"),
    ]:
        with pytest.raises(ConfigurationError, match=message) as caught:
            load_private_key(bad)
        assert "AAAA" not in str(caught.value) or message == "cannot be read"
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_private_key(Path("/nonexistent/key.pem"))


def test_configuration_errors() -> None:
    key = PartnerApp().private_key_pem
    with pytest.raises(ConfigurationError, match="environment"):
        SystemUserAuth(
            client_secret="s", private_key=key, system_user_token="t", tenant="C", environment="x"
        )
    with pytest.raises(ConfigurationError, match="https"):
        SystemUserAuth(
            client_secret="s",
            private_key=key,
            system_user_token="t",
            tenant="C",
            environment="http://sod.superoffice.com",
        )
    auth = SystemUserAuth(client_secret="s", private_key=key, system_user_token="t", tenant="C")
    assert auth.environment.root == "https://online.superoffice.com"
    with pytest.raises(ConfigurationError, match="SO-AppToken"):
        SuperOfficeClient("https://x.example.com/C", auth=auth, app_token="s")
    stage = SystemUserAuth(
        client_secret="s", private_key=key, system_user_token="t", tenant="C", environment="stage"
    )
    assert stage.environment.system_user_url == (
        "https://qaonline.superoffice.com/Login/api/PartnerSystemUser/Authenticate"
    )
    assert repr(stage) == "SystemUserAuth(tenant='C', environment='qaonline')"
