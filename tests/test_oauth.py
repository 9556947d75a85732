"""OAuth tokens that refresh themselves, and credentials the application provides."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from superoffice_async import (
    AuthenticationError,
    ConfigurationError,
    CredentialProviderAuth,
    IdentityProviderError,
    OAuthAuth,
    PermissionDeniedError,
    SignInError,
    SuperOfficeClient,
    TokenSet,
    TokenValidationError,
)
from superoffice_async.testing import OnlineSandboxServer

from .online_support import TENANT, WallClock, api_calls, oauth, online, tenant_client

__all__ = ["online"]


async def test_first_call_gets_a_token_and_tells_the_app(online: OnlineSandboxServer) -> None:
    stored: list[TokenSet] = []
    auth = oauth(online, on_tokens=stored.append)
    async with tenant_client(online, auth) as so:
        assert (await so.users.get(5)).associate_id == 5
        await so.users.get(6)
    assert online.identity.refreshes == 1
    assert len(stored) == 1
    assert stored[0].access_token.startswith(f"8A:{TENANT}:")
    assert stored[0].refresh_token == online.identity.app.refresh_token
    assert stored[0].expires_at is not None
    assert stored[0].access_token not in repr(stored[0])
    assert stored[0].refresh_token not in repr(stored[0])


async def test_an_expired_token_is_refreshed_once_for_concurrent_calls(
    online: OnlineSandboxServer,
) -> None:
    async def store(tokens: TokenSet) -> None:  # an async callback is awaited
        await asyncio.sleep(0)
        stored.append(tokens)

    stored: list[TokenSet] = []
    auth = oauth(online, on_tokens=store)
    async with tenant_client(online, auth) as so:
        await so.users.get(5)
        online.identity.expire_tokens()
        users = await asyncio.gather(*(so.users.get(n) for n in range(1, 25)))
    assert len(users) == 24
    assert online.identity.refreshes == 2
    assert len(stored) == 2


async def test_a_given_access_token_is_used_until_it_is_about_to_expire(
    online: OnlineSandboxServer,
) -> None:
    clock = WallClock()
    online.identity.jwt_lifetime = 3600  # the id_token outlives the clock's jump
    first = oauth(online)
    async with tenant_client(online, first) as so:
        await so.users.get(5)
    current = first.headers()[0][1].removeprefix("Bearer ")
    auth = oauth(
        online, access_token=current, expires_at=datetime.now(UTC) + timedelta(seconds=600)
    )
    async with tenant_client(online, auth, clock=clock) as so:
        await so.users.get(5)
        assert online.identity.refreshes == 1  # the given token served
        clock.advance(590)  # inside the margin: refreshed before the call
        await so.users.get(5)
    assert online.identity.refreshes == 2
    assert online.identity.rejected_credentials == 0


async def test_rotated_refresh_tokens_are_used_and_reported(online: OnlineSandboxServer) -> None:
    online.identity.rotate_refresh_tokens = True
    stored: list[TokenSet] = []
    auth = oauth(online, on_tokens=stored.append)
    async with tenant_client(online, auth) as so:
        await so.users.get(5)
        online.identity.expire_tokens()
        await so.users.get(5)  # refreshes with the rotated refresh token
    assert online.identity.refreshes == 2
    assert stored[-1].refresh_token == online.identity.refresh_token
    assert stored[0].refresh_token != stored[1].refresh_token


async def test_403_refreshes_an_older_token_but_not_a_fresh_one(
    online: OnlineSandboxServer,
) -> None:
    clock = WallClock()
    auth = oauth(online)
    async with tenant_client(online, auth, clock=clock, retries=False) as so:
        await so.users.get(5)
        online.sandbox.faults.fail_next(1, 403)
        with pytest.raises(PermissionDeniedError):  # a fresh token refused: a real 403
            await so.users.get(5)
        assert online.identity.refreshes == 1
        clock.advance(60)
        online.sandbox.faults.fail_next(1, 403)
        assert (await so.users.get(5)).associate_id == 5  # refreshed and repeated
    assert online.identity.refreshes == 2


@pytest.mark.parametrize(
    ("change", "status", "error"),
    [("revoke", 400, "invalid_grant"), ("secret", 401, "invalid_client")],
)
async def test_refused_refresh(
    online: OnlineSandboxServer, change: str, status: int, error: str
) -> None:
    if change == "revoke":
        online.identity.revoke_refresh_token()
        auth = oauth(online)
    else:
        auth = oauth(online, client_secret="wrong-secret")
    async with tenant_client(online, auth) as so:
        with pytest.raises(IdentityProviderError) as caught:
            await so.users.get(5)
    assert (caught.value.status_code, caught.value.error) == (status, error)
    assert "wrong-secret" not in str(caught.value)
    assert api_calls(online) == 0


async def test_token_endpoint_down(online: OnlineSandboxServer) -> None:
    online.identity.fail_next(2, 503)
    auth = oauth(online)
    async with tenant_client(online, auth) as so:
        results = await asyncio.gather(
            *(so.users.get(n) for n in range(1, 6)), return_exceptions=True
        )
    assert all(isinstance(r, IdentityProviderError) for r in results)
    assert {r.status_code for r in results if isinstance(r, IdentityProviderError)} == {503}
    assert len({id(r) for r in results}) == 5  # each call its own error object
    assert online.identity.refused == 1  # the concurrent calls shared one attempt
    assert api_calls(online) == 0


@pytest.mark.parametrize("tamper", ["audience", "issuer", "signature", "expired"])
async def test_a_bad_id_token_is_refused(online: OnlineSandboxServer, tamper: str) -> None:
    online.identity.tamper(tamper)
    async with tenant_client(online, oauth(online)) as so:
        with pytest.raises(TokenValidationError) as caught:
            await so.users.get(5)
    assert caught.value.reason == tamper
    assert api_calls(online) == 0


def test_oauth_configuration() -> None:
    naive = datetime(2030, 1, 1)
    with pytest.raises(ConfigurationError, match="aware"):
        OAuthAuth(client_id="c", client_secret="s", refresh_token="r", expires_at=naive)
    auth = OAuthAuth(client_id="c", client_secret="s", refresh_token="r", environment="sod")
    assert auth.environment.token_url == "https://sod.superoffice.com/login/common/oauth/tokens"
    assert repr(auth) == "OAuthAuth(client_id='c', environment='sod')"
    assert auth.refresh_statuses == {401, 403}


async def test_a_provider_is_asked_per_attempt_and_again_after_401(
    online: OnlineSandboxServer,
) -> None:
    creds = online.sandbox.credentials
    values = ["Bearer wrong", f"Bearer {creds.access_token}"]
    asked: list[str] = []

    def provide() -> str:  # a stale value first, then the current one
        asked.append("sync")
        return values[min(len(asked), 2) - 1]

    async with SuperOfficeClient(
        f"{online.url}/{online.online.server}/{TENANT}",
        auth=CredentialProviderAuth(provide, scheme="Bearer"),
        app_token=creds.app_token,
    ) as so:
        assert (await so.users.get(5)).associate_id == 5
    assert asked == ["sync", "sync", "sync"]  # attempt, after the 401, repeated attempt

    async def same() -> str:
        return "Bearer wrong"

    async with SuperOfficeClient(
        f"{online.url}/{online.online.server}/{TENANT}", auth=CredentialProviderAuth(same)
    ) as so:
        with pytest.raises(AuthenticationError):  # the same value again: not repeated
            await so.users.get(5)
    assert online.sandbox.calls["v1User_GetUser"] == 3


async def test_a_failing_provider_is_a_sign_in_error_without_its_message() -> None:
    def broken() -> str:
        raise RuntimeError("token 8A:very-secret could not be read")

    def not_text() -> str:
        return 42  # type: ignore[return-value]

    for provider, message in [(broken, "raised RuntimeError"), (not_text, "header value")]:
        async with SuperOfficeClient(
            "http://127.0.0.1:9/Cust1", auth=CredentialProviderAuth(provider)
        ) as so:
            with pytest.raises(SignInError, match=message) as caught:
                await so.users.get(5)
        assert "very-secret" not in str(caught.value)
        assert caught.value.__context__ is None
    with pytest.raises(ConfigurationError):
        CredentialProviderAuth("Bearer x")  # type: ignore[arg-type]
