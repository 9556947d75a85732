"""OAuth 2.0 / OpenID Connect access tokens (SuperOffice Online) that renew themselves.

The application got an access token and a refresh token from the authorization code flow. The
access token lives about an hour; the refresh token lasts as long as the user's consent. This
credential sends ``Authorization: Bearer {access token}`` and, when the token is about to expire
or a call is answered 401 (or 403, which SuperOffice's credential-management guidance names:
frameworks refresh on it), posts ``grant_type=refresh_token`` with the client id and secret to
``{environment}/login/common/oauth/tokens``. The ``id_token`` in the answer is validated
(RS256, the environment's keys, issuer ``https://{env}.superoffice.com``, audience the client
id). ``on_tokens`` hears of every new token set, so the application can store it.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..errors import ConfigurationError, IdentityProviderError, SignInError
from ..online.services import Connection, OnlineEnvironment, scrub, send
from .refreshing import BACKOFF_INITIAL, BACKOFF_MAX, Held, RefreshingAuth
from .schemes import require_text
from .token_validation import JwksCache, validate

__all__ = ["OAuthAuth", "TokenSet"]

logger = logging.getLogger("superoffice_async")

FORBIDDEN_GRACE = 30.0
"""Seconds after a renewal in which a 403 is taken as a real refusal, not an expired token."""


@dataclass(frozen=True, slots=True)
class TokenSet:
    """Tokens from the token endpoint, for the application to store. Shown without secrets."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    """The refresh token to keep (the new one, when the endpoint sent one)."""
    expires_at: datetime | None
    id_token: str | None = field(default=None, repr=False)


TokensCallback = Callable[[TokenSet], Awaitable[None] | None]


class OAuthAuth(RefreshingAuth):
    """``Bearer`` credentials of a signed-in user that refresh themselves.

    Args:
        client_id: The application's client id.
        client_secret: The application's client secret.
        refresh_token: The user's refresh token.
        access_token: The current access token, if the application has one (else the first
            call gets one).
        expires_at: When ``access_token`` expires (aware datetime); None: unknown.
        environment: ``sod``, ``stage`` (qaonline), ``online``, or a root URL (a sandbox).
        on_tokens: Called (sync or async) with each new ``TokenSet``.
        redirect_uri: Sent with the refresh when the application registered one.
        validate_id_token: Validate the ``id_token`` of each answer (on by default).
        refresh_margin: Renew this many seconds before the access token expires.
        backoff_initial: Seconds calls fail fast after a failed sign-in (doubling after each
            further failure) instead of asking the sign-in service again.
        backoff_max: The longest such pause.
        leeway: Seconds of clock difference allowed when checking the id_token's expiry.
    """

    scheme = "Bearer"
    what = "access token"
    refresh_statuses = frozenset({401, 403})

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        access_token: str | None = None,
        expires_at: datetime | None = None,
        environment: str | OnlineEnvironment = "online",
        on_tokens: TokensCallback | None = None,
        redirect_uri: str | None = None,
        validate_id_token: bool = True,
        refresh_margin: float = 60.0,
        leeway: float = 60.0,
        backoff_initial: float = BACKOFF_INITIAL,
        backoff_max: float = BACKOFF_MAX,
    ) -> None:
        super().__init__(
            refresh_margin=refresh_margin, backoff_initial=backoff_initial, backoff_max=backoff_max
        )
        self.client_id = require_text(client_id, "client_id")
        self.__client_secret = require_text(client_secret, "client_secret")
        self.__refresh_token = require_text(refresh_token, "refresh_token")
        self.__initial = (
            None if access_token is None else require_text(access_token, "access_token")
        )
        if expires_at is not None and expires_at.tzinfo is None:
            raise ConfigurationError("expires_at must be an aware datetime (with a time zone)")
        self._initial_expiry = expires_at
        self.environment = OnlineEnvironment.of(environment)
        if on_tokens is not None and not callable(on_tokens):
            raise ConfigurationError("on_tokens must be callable")
        self._on_tokens = on_tokens
        self._redirect_uri = redirect_uri
        self._validate = validate_id_token
        self._leeway = float(leeway)
        self.keys = JwksCache(self.environment)

    def __repr__(self) -> str:
        return f"OAuthAuth(client_id={self.client_id!r}, environment={self.environment.name!r})"

    __str__ = __repr__

    def bind(self, connection: Connection) -> None:
        """Use this client's pool and clock; the given access token starts being used now."""
        super().bind(connection)
        if self.__initial is not None:
            self._install(
                Held(f"Bearer {self.__initial}", connection.clock.now(), self._initial_expiry)
            )
            self.__initial = None

    def use_refresh_token(
        self,
        refresh_token: str,
        *,
        access_token: str | None = None,
        expires_at: datetime | None = None,
    ) -> None:
        """New credentials from the user (after consent was given again): used from the next
        call on, which signs in at once even if sign-in was paused or refused for good."""
        token = require_text(refresh_token, "refresh_token")
        given = None if access_token is None else require_text(access_token, "access_token")
        if expires_at is not None and expires_at.tzinfo is None:
            raise ConfigurationError("expires_at must be an aware datetime (with a time zone)")
        self.__refresh_token = token
        self._forget_failures()
        self._held = None
        if given is not None and self._connection is None:
            self.__initial, self._initial_expiry = given, expires_at  # installed by bind()
        elif given is not None:
            self._install(Held(f"Bearer {given}", self._now(), expires_at))

    def _terminal(self, error: SignInError) -> bool:
        """``invalid_grant``: the refresh token was revoked or has expired; waiting cannot
        cure it, only ``use_refresh_token`` with a new one."""
        return isinstance(error, IdentityProviderError) and error.error == "invalid_grant"

    def _renew_after(self, status: int, held: Held | None) -> bool:
        if status != 403 or held is None:
            return True
        return self._now() - held.obtained >= timedelta(seconds=FORBIDDEN_GRACE)

    async def _sign_in(self, connection: Connection) -> Held:
        form = {
            "grant_type": "refresh_token",
            "client_id": self.client_id,
            "client_secret": self.__client_secret,
            "refresh_token": self.__refresh_token,
        }
        if self._redirect_uri:
            form["redirect_uri"] = self._redirect_uri
        url = self.environment.token_url
        answer = await send(connection, "POST", url, form=form)
        secrets = (self.__client_secret, self.__refresh_token)
        data: Any = answer.data
        if not answer.ok:
            error = data.get("error") if isinstance(data, dict) else None
            code = scrub(error, secrets, 64) if isinstance(error, str) else None
            detail = answer.problem or f"answered {answer.status}"
            raise IdentityProviderError(
                f"token refresh at {url} failed: {detail}" + (f" ({code})" if code else ""),
                status_code=answer.status,
                error=code,
            )
        token = data.get("access_token")
        kind = data.get("token_type", "Bearer")
        if not isinstance(token, str) or not token or any(c in token for c in "\r\n\x00 "):
            raise IdentityProviderError(
                f"token refresh at {url}: no usable access_token", status_code=200
            )
        if not isinstance(kind, str) or kind.casefold() != "bearer":
            raise IdentityProviderError(
                f"token refresh at {url}: token_type is not Bearer", status_code=200
            )
        id_token = data.get("id_token")
        if self._validate and id_token is not None:
            await validate(
                id_token,
                connection=connection,
                keys=self.keys,
                issuer=self.environment.issuer,
                audience=self.client_id,
                now=connection.clock.now(),
                leeway=self._leeway,
                what="id_token",
            )
        rotated = data.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != self.__refresh_token:
            self.__refresh_token = require_text(rotated, "refresh_token")
        now = connection.clock.now()
        lifetime = data.get("expires_in")
        expires_at = None
        if isinstance(lifetime, int | float) and not isinstance(lifetime, bool) and lifetime > 0:
            expires_at = now + timedelta(seconds=lifetime)
        held = Held(f"Bearer {token}", now, expires_at)
        tokens = TokenSet(
            token,
            self.__refresh_token,
            expires_at,
            id_token if isinstance(id_token, str) else None,
        )
        await self._tell(tokens)
        return held

    async def _tell(self, tokens: TokenSet) -> None:
        """Give the application the new tokens; its failure to store them is logged, not raised
        (the call can go on with the new token)."""
        if self._on_tokens is None:
            return
        failed = ""
        try:
            result = self._on_tokens(tokens)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:  # the app's callback; its message may quote the tokens
            failed = type(exc).__name__
        if failed:
            logger.warning("on_tokens raised %s; the new tokens were not stored by it", failed)
