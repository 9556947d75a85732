"""Key sets and tokens (issue 18 item 3), through sign-ins against the sandbox's identity provider.

Every malformed key set or token shape is a typed error; the reference's table of validation
parameters is held as a contract, each row the SDK validates tried with a token that keeps it
and tokens that break it; tokens naming unknown key ids fetch the key set at most once per
cooldown.
"""

from __future__ import annotations

from typing import Any

import pytest

from superoffice_async import (
    IdentityProviderError,
    OAuthAuth,
    SignInError,
    SystemUserAuth,
    TokenValidationError,
)
from superoffice_async.auth.token_validation import KEY_REFETCH_COOLDOWN, TOKEN_RULES
from superoffice_async.testing import OnlineSandboxServer

from .conftest import FakeClock
from .online_support import api_calls, oauth, online, system_user, tenant_client

__all__ = ["online"]

CLAIM = "http://schemes.superoffice.net/identity/"
SERIAL = "1801550193"  # the sandbox's tenant serial

REFERENCE_TABLE = {
    # doc-auth-validate-security-tokens, "Validation parameters": scenario -> issuer, audience
    "OAuth 2.0 / OpenID Connect": ("https://{env}.superoffice.com", "Application ID"),
    "System User": ("SuperOffice AS", "spn:{serial claim value}"),
    "Connectors": ("SuperOffice AS", "spn:Application ID"),
    "Database Mirroring": ("SuperOffice AS", "spn:Application ID"),
}
VALIDATED_BY_THE_SDK = {"OAuth 2.0 / OpenID Connect": "id_token", "System User": "system user"}
"""Connectors and database mirroring call the application; the SDK signs in only."""


def test_the_sdk_holds_the_reference_rows_it_validates() -> None:
    assert set(TOKEN_RULES) == set(VALIDATED_BY_THE_SDK.values())
    for scenario, kind in VALIDATED_BY_THE_SDK.items():
        assert TOKEN_RULES[kind] == REFERENCE_TABLE[scenario]


def _auth(online: OnlineSandboxServer, kind: str) -> SystemUserAuth | OAuthAuth:
    return system_user(online) if kind == "system user" else oauth(online)


def _breaking(online: OnlineSandboxServer, kind: str) -> list[tuple[dict[str, Any], str]]:
    """Claims that break ``kind``'s row, and the reason each is refused with."""
    client_id = online.identity.app.client_id
    if kind == "system user":
        return [
            ({"iss": online.url}, "issuer"),  # the id_token row's issuer
            ({"iss": "https://sod.superoffice.com"}, "issuer"),
            ({"iss": None}, "issuer"),
            ({"aud": client_id}, "audience"),  # the id_token row's audience
            ({"aud": f"spn:{client_id}"}, "audience"),  # the connectors row's audience
            ({"aud": "spn:1"}, "audience"),  # another database's serial
            ({CLAIM + "serial": None}, "audience"),
            ({"aud": None}, "audience"),
        ]
    return [
        ({"iss": "SuperOffice AS"}, "issuer"),  # the system user row's issuer
        ({"iss": "https://online.superoffice.com"}, "issuer"),  # another environment
        ({"iss": online.url + "/"}, "issuer"),
        ({"aud": f"spn:{SERIAL}"}, "audience"),  # the system user row's audience
        ({"aud": f"spn:{client_id}"}, "audience"),  # the connectors row's audience
        ({"aud": "another-client"}, "audience"),
        ({"aud": None}, "audience"),
    ]


@pytest.mark.parametrize("kind", sorted(TOKEN_RULES))
async def test_each_row_a_token_keeping_it_is_taken(online: OnlineSandboxServer, kind: str) -> None:
    async with tenant_client(online, _auth(online, kind)) as so:
        assert (await so.users.get(5)).associate_id == 5


@pytest.mark.parametrize("kind", sorted(TOKEN_RULES))
async def test_each_row_a_token_breaking_it_is_refused(
    online: OnlineSandboxServer, kind: str
) -> None:
    for claims, reason in _breaking(online, kind):
        online.identity.override_next(claims)
        async with tenant_client(online, _auth(online, kind)) as so:
            with pytest.raises(TokenValidationError) as caught:
                await so.users.get(5)
        assert caught.value.reason == reason, claims
    assert api_calls(online) == 0


@pytest.mark.parametrize(
    "key_set",
    [
        {"keys": 5},
        {"keys": "key"},
        {"keys": {"kid": "sandbox-signing-key"}},
        {"keys": None},
        {"nokeys": []},
        [1, 2],
        "keys",
    ],
)
async def test_a_malformed_key_set_is_typed(online: OnlineSandboxServer, key_set: object) -> None:
    online.identity.key_set_answer = key_set
    async with tenant_client(online, system_user(online)) as so:
        with pytest.raises(IdentityProviderError, match="key") as caught:
            await so.users.get(5)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


@pytest.mark.parametrize(
    "entries",
    [
        [5, "x", None],
        [{"kty": "RSA"}],
        [{"kty": "RSA", "kid": "sandbox-signing-key", "n": 5, "e": []}],
        [{"kty": "RSA", "kid": 7, "n": "AQAB", "e": "AQAB"}],
        [{"kty": "EC", "kid": "sandbox-signing-key"}],
    ],
)
async def test_unusable_keys_are_skipped_and_the_token_refused(
    online: OnlineSandboxServer, entries: list[Any]
) -> None:
    online.identity.key_set_answer = {"keys": entries}
    async with tenant_client(online, system_user(online)) as so:
        with pytest.raises(TokenValidationError) as caught:
            await so.users.get(5)
    assert caught.value.reason == "key"


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"exp": "tomorrow"}, "claims"),
        ({"exp": None}, "claims"),
        ({"nbf": "later", "exp": 4102444800}, "claims"),
        ({"iss": "superoffice as"}, "issuer"),
        ({"aud": {"spn": SERIAL}}, "audience"),
        ({CLAIM + "serial": ["x"]}, "audience"),
        ({CLAIM + "ctx": 12345}, "tenant"),
        ({CLAIM + "ticket": 5}, "claims"),
        ({CLAIM + "ticket": "7T:two words"}, "claims"),
    ],
)
async def test_odd_claim_shapes_are_typed(
    online: OnlineSandboxServer, claims: dict[str, Any], reason: str
) -> None:
    online.identity.override_next(claims)
    async with tenant_client(online, system_user(online)) as so:
        with pytest.raises(SignInError) as caught:
            await so.users.get(5)
    assert isinstance(caught.value, TokenValidationError)
    assert caught.value.reason == reason


async def test_unknown_key_ids_fetch_the_key_set_at_most_once_per_cooldown(
    online: OnlineSandboxServer,
) -> None:
    """100 users' sign-ins through one client, each id_token naming a key id the environment
    does not have: one key set fetch, not 100; after the cooldown, one more."""
    clock = FakeClock()
    for number in range(101):
        online.identity.override_next(kid=f"forged-{number}")
    async with tenant_client(online, oauth(online), clock=clock) as so:
        for _ in range(100):
            view = so.with_options(auth=oauth(online))
            with pytest.raises(TokenValidationError) as caught:
                await view.users.get(5)
            assert caught.value.reason == "key"
        assert online.identity.jwks_reads == 1
        clock.advance(KEY_REFETCH_COOLDOWN)
        with pytest.raises(TokenValidationError):
            await so.with_options(auth=oauth(online)).users.get(5)
        assert online.identity.jwks_reads == 2
        assert (await so.with_options(auth=oauth(online)).users.get(5)).associate_id == 5
    assert online.identity.jwks_reads == 2  # the known key id needed no fetch
    assert online.identity.refreshes == 102
