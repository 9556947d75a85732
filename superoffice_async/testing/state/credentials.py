"""Users' credentials: kept as hashes, never answered, and a password policy new passwords meet.

The reference documents IsPasswordValid / IsPasswordValidWithReason but not the rules behind
them; ``PasswordPolicy``'s defaults are the sandbox's guess (docs/sandbox-guesses.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..errors import BadInputError

__all__ = ["PASSWORD", "Credentials", "PasswordPolicy", "Secret"]

Json = dict[str, Any]

PASSWORD = "password"
"""The credential type of SuperOffice's own user name and password."""


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class PasswordPolicy:
    """What a new password must be: long enough, letters and digits, not the user name."""

    min_length: int = 8
    max_length: int = 128
    require_letter: bool = True
    require_digit: bool = True
    refuse_user_name: bool = True
    """Refuse a password containing the user name (or its part before ``@``)."""

    def reason(self, password: str, user_name: str = "") -> str:
        """Why ``password`` is refused; '' when it meets the policy."""
        if len(password) < self.min_length:
            return f"The password must be at least {self.min_length} characters long"
        if len(password) > self.max_length:
            return f"The password can be at most {self.max_length} characters long"
        if self.require_letter and not any(c.isalpha() for c in password):
            return "The password must contain a letter"
        if self.require_digit and not any(c.isdigit() for c in password):
            return "The password must contain a digit"
        login = user_name.partition("@")[0].casefold()
        if self.refuse_user_name and len(login) >= 3 and login in password.casefold():
            return "The password must not contain the user name"
        return ""


@dataclass(frozen=True, slots=True)
class Secret:
    """A credential as stored: its type, what it shows, and the hash of its value."""

    type: str
    display: str
    digest: str | None


class Credentials:
    """Each user's credentials by type (case-insensitive). Not thread-safe: the state's lock."""

    def __init__(self, policy: PasswordPolicy | None = None) -> None:
        self.policy = policy or PasswordPolicy()
        self._by_user: dict[int, dict[str, Secret]] = {}

    def of(self, user_id: int) -> list[Secret]:
        return list(self._by_user.get(user_id, {}).values())

    def read(
        self, carriers: object, user_id: int | None, user_name: str, *, seed: bool = False
    ) -> dict[str, Secret]:
        """The credentials a saved User carries: a new password must meet the policy (unless
        ``seed``: a seed's passwords may predate it); an empty value keeps the stored secret of
        that type. 400 on a malformed credential."""
        if carriers is None:
            return {}
        if not isinstance(carriers, list):
            raise BadInputError("User.Credentials must be a list of Credential carriers")
        kept = self._by_user.get(user_id, {}) if user_id is not None else {}
        secrets: dict[str, Secret] = {}
        for carrier in carriers:
            secret = self._secret(carrier, kept, user_name, seed)
            secrets[secret.type.casefold()] = secret
        return secrets

    def _secret(
        self, carrier: object, kept: dict[str, Secret], user_name: str, seed: bool = False
    ) -> Secret:
        if not isinstance(carrier, dict):
            raise BadInputError("User.Credentials must hold Credential carriers")
        kind = carrier.get("Type")
        type_name = kind.get("Type") if isinstance(kind, dict) else None
        if not isinstance(type_name, str) or not type_name:
            raise BadInputError("A credential needs its Type")
        value = carrier.get("Value")
        old = kept.get(type_name.casefold())
        if isinstance(value, str) and value:
            checked = type_name == PASSWORD and not seed
            reason = self.policy.reason(value, user_name) if checked else ""
            if reason:
                raise BadInputError(reason)
            digest: str | None = _hash(value)
        else:
            digest = old.digest if old is not None else None
        display = carrier.get("DisplayValue")
        return Secret(type_name, display if isinstance(display, str) else "", digest)

    def replace(self, user_id: int, secrets: dict[str, Secret]) -> None:
        """The user's credentials are exactly these."""
        self._by_user[user_id] = dict(secrets)

    def save(self, user_id: int, carrier: object, user_name: str) -> bool:
        """Add or replace the credential of the carrier's type; False when it is malformed or
        its password breaks the policy (nothing changes)."""
        try:
            secret = self._secret(carrier, self._by_user.get(user_id, {}), user_name)
        except BadInputError:
            return False
        self._by_user.setdefault(user_id, {})[secret.type.casefold()] = secret
        return True

    def delete(self, user_id: int, credential_type: str) -> bool:
        """Remove the credential of this type; False when there was none."""
        return self._by_user.get(user_id, {}).pop(credential_type.casefold(), None) is not None

    def set_password(self, user_id: int, password: str, user_name: str) -> bool:
        """Set the password; False when it breaks the policy (nothing changes)."""
        if self.policy.reason(password, user_name):
            return False
        secrets = self._by_user.setdefault(user_id, {})
        kept = secrets.get(PASSWORD)
        display = kept.display if kept is not None else user_name
        secrets[PASSWORD] = Secret(PASSWORD, display, _hash(password))
        return True

    def check_password(self, user_id: int, password: str) -> bool:
        """Would this password log the user in? (For tests: the value itself is never shown.)"""
        secret = self._by_user.get(user_id, {}).get(PASSWORD)
        return secret is not None and secret.digest == _hash(password)

    def forget(self, user_id: int) -> None:
        """The user is gone: so are its credentials."""
        self._by_user.pop(user_id, None)
