"""The identity provider's bearer token: read from the environment or a file, compared in
constant time, never logged."""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from pathlib import Path

from ..errors import ConfigurationError

__all__ = ["TOKEN_ENV", "TOKEN_FILE_ENV", "BearerToken", "token_from_env"]

TOKEN_ENV = "SUPEROFFICE_SCIM_TOKEN"  # noqa: S105 (a variable name)
TOKEN_FILE_ENV = "SUPEROFFICE_SCIM_TOKEN_FILE"  # noqa: S105
_MIN_LENGTH = 16


class BearerToken:
    """The one token the identity provider sends as ``Authorization: Bearer <token>``."""

    __slots__ = ("_token",)

    def __init__(self, token: str) -> None:
        token = token.strip()
        if len(token) < _MIN_LENGTH:
            raise ConfigurationError(f"the SCIM bearer token must be at least {_MIN_LENGTH} "
                                     "characters (generate one: python -c 'import secrets; "
                                     "print(secrets.token_urlsafe(32))')")  # fmt: skip
        self._token = token.encode()

    def accepts(self, authorization: str | None) -> bool:
        """Whether an ``Authorization`` header carries the token (constant-time compare)."""
        scheme, _, given = (authorization or "").strip().partition(" ")
        if scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(given.strip().encode(), self._token)

    def __repr__(self) -> str:
        return "BearerToken(***)"


def token_from_env(environ: Mapping[str, str] = os.environ) -> BearerToken:
    """The token from ``SUPEROFFICE_SCIM_TOKEN``, or the file ``SUPEROFFICE_SCIM_TOKEN_FILE``
    names (a mounted secret)."""
    path = environ.get(TOKEN_FILE_ENV)
    if path:
        try:
            return BearerToken(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigurationError(
                f"{TOKEN_FILE_ENV}: cannot read {path} ({exc.strerror})"
            ) from None
    token = environ.get(TOKEN_ENV)
    if not token:
        raise ConfigurationError(f"set {TOKEN_ENV} (or {TOKEN_FILE_ENV}): the bearer token the "
                                 "identity provider sends")  # fmt: skip
    return BearerToken(token)
