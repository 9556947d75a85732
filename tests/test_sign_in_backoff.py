"""Sign-in and refresh back off while the identity provider fails (issue 18 item 2).

Against the sandbox's identity provider over real sockets, on the fake clock (time moves only
when the test says): calls during an outage fail fast with the same typed error carrying when
the next sign-in will be tried; the pause grows and is capped; one success resets it;
concurrent callers share one attempt; a revoked grant is terminal until new credentials come.
"""

from __future__ import annotations

import asyncio
from typing import TypeVar

import pytest

from superoffice_async import (
    IdentityProviderError,
    SignInError,
    SuperOfficeClient,
    TokenValidationError,
)
from superoffice_async.testing import OnlineSandboxServer

from .conftest import FakeClock
from .online_support import WallClock, api_calls, oauth, online, system_user, tenant_client

__all__ = ["online"]

E = TypeVar("E", bound=SignInError)


async def refusals(
    so: SuperOfficeClient, kind: type[E], times: int, clock: FakeClock, step: float
) -> list[E]:
    """``times`` calls, ``step`` seconds apart, each refused with ``kind``: the errors."""
    errors = []
    for _ in range(times):
        with pytest.raises(kind) as caught:
            await so.users.get(5)
        errors.append(caught.value)
        clock.advance(step)
    return errors


@pytest.mark.parametrize("flow", ["system user", "oauth"])
async def test_fifty_calls_during_an_outage_make_a_handful_of_sign_ins(
    online: OnlineSandboxServer, flow: str
) -> None:
    online.identity.fail_next(1000, 503)
    auth = system_user(online) if flow == "system user" else oauth(online)
    clock = FakeClock()
    async with tenant_client(online, auth, clock=clock) as so:
        errors = await refusals(so, IdentityProviderError, 50, clock, 1.0)  # one a second
    # pauses of 2, 4, 8, 16, 32 s: tried at 0, 2, 6, 14, 30 s
    assert online.identity.refused == auth.sign_in_attempts == 5
    assert {type(e) for e in errors} == {IdentityProviderError}
    assert {e.status_code for e in errors} == {503}
    assert all(e.retry_at is not None and e.retry_after is not None for e in errors)
    assert errors[1].retry_after == pytest.approx(1.0)  # one second into a 2 s pause
    assert max(e.retry_after or 0 for e in errors) == pytest.approx(32.0)
    assert api_calls(online) == 0


async def test_the_pause_is_capped_and_one_success_resets_it(online: OnlineSandboxServer) -> None:
    auth = system_user(online, backoff_initial=1.0, backoff_max=5.0)
    clock = FakeClock()
    async with tenant_client(online, auth, clock=clock) as so:
        online.identity.fail_next(6, 503)
        pauses = []
        for _ in range(6):
            with pytest.raises(IdentityProviderError) as caught:
                await so.users.get(5)
            pauses.append(caught.value.retry_after)
            clock.advance(caught.value.retry_after or 0)
        assert pauses == [1.0, 2.0, 4.0, 5.0, 5.0, 5.0]
        assert (await so.users.get(5)).associate_id == 5
        online.identity.expire_tickets()  # the next call is refused and signs in again
        online.identity.fail_next(1, 503)
        with pytest.raises(IdentityProviderError) as caught:
            await so.users.get(5)
        assert caught.value.retry_after == 1.0  # counted from the start again
    assert auth.sign_in_attempts == 8


async def test_concurrent_callers_share_one_attempt_and_its_pause(
    online: OnlineSandboxServer,
) -> None:
    online.identity.fail_next(10, 503)
    auth = oauth(online)
    async with tenant_client(online, auth, clock=FakeClock()) as so:
        first = await asyncio.gather(
            *(so.users.get(n) for n in range(1, 41)), return_exceptions=True
        )
        again = await asyncio.gather(
            *(so.users.get(n) for n in range(1, 41)), return_exceptions=True
        )
    results = first + again
    assert all(isinstance(r, IdentityProviderError) for r in results)
    assert len({id(r) for r in results}) == 80  # each call its own error object
    assert online.identity.refused == 1


async def test_a_bad_token_backs_off_too(online: OnlineSandboxServer) -> None:
    online.identity.tamper("issuer", count=10)
    auth = system_user(online)
    clock = FakeClock()
    async with tenant_client(online, auth, clock=clock) as so:
        errors = await refusals(so, TokenValidationError, 10, clock, 0.1)
    assert {error.reason for error in errors} == {"issuer"}
    assert online.identity.exchanges == 1


async def test_a_revoked_grant_is_terminal_until_new_credentials(
    online: OnlineSandboxServer,
) -> None:
    online.identity.revoke_refresh_token()
    auth = oauth(online)
    clock = FakeClock()
    async with tenant_client(online, auth, clock=clock) as so:
        errors = await refusals(so, IdentityProviderError, 5, clock, 3600.0)  # waiting: no help
        assert {(e.error, e.retry_at, e.retry_after) for e in errors} == {
            ("invalid_grant", None, None)
        }
        assert online.identity.refused == 1
        auth.use_refresh_token(online.identity.refresh_token)  # consent given again
        assert (await so.users.get(5)).associate_id == 5
    assert api_calls(online) == 1


async def test_a_due_ticket_is_still_used_while_sign_in_fails(online: OnlineSandboxServer) -> None:
    auth = system_user(online, refresh_margin=300.0, ticket_lifetime=1000.0)
    clock = WallClock()
    async with tenant_client(online, auth, clock=clock) as so:
        await so.users.get(5)
        online.identity.fail_next(5, 503)
        clock.advance(900)  # idle: 100 s left of the sliding ticket, so due but valid
        assert (await so.users.get(6)).associate_id == 6
        assert (await so.users.get(7)).associate_id == 7  # paused: not asked again
    assert online.identity.refused == 1
