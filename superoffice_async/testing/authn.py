"""Who the sandbox lets in: the credentials it accepts and the check made on every request.

Basic, SOTicket, Bearer or X-XSRF-TOKEN; SO-AppToken is required with SOTicket and Bearer when
the sandbox has one. Values are compared in constant time. With an ``issued`` source (the
Online sandbox's identity provider) the tickets and access tokens it issued are accepted too,
while they have not expired (an issued access token needs no SO-AppToken, as in Online).
"""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Credentials", "Issuer", "authenticate"]


class Issuer(Protocol):
    """Knows the tickets and access tokens it issued and whether they are still valid."""

    def ticket_valid(self, ticket: str) -> bool: ...

    def token_valid(self, token: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the sandbox accepts. ``app_token``: required with SOTicket and Bearer when set."""

    username: str = "tje0"
    password: str = "Tje0"
    ticket: str = "7T:sandbox-ticket"
    access_token: str = "8A:sandbox-access-token"
    xsrf_token: str = "sandbox-xsrf-token"
    app_token: str | None = None
    issued: Issuer | None = None
    """Also accept what this identity provider issued (tickets, access tokens)."""


def authenticate(creds: Credentials, headers: Mapping[str, str]) -> bool:
    """Do these request headers carry credentials the sandbox accepts?"""
    header = headers.get("authorization")
    if header is None:
        xsrf = headers.get("x-xsrf-token")
        return xsrf is not None and _same(xsrf, creds.xsrf_token)
    scheme, _, value = header.partition(" ")
    scheme = scheme.casefold()
    if scheme == "basic":
        try:
            user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return _same(user, creds.username) and _same(password, creds.password)
    issued = creds.issued
    if scheme == "soticket":
        known = _same(value, creds.ticket) or (issued is not None and issued.ticket_valid(value))
        return known and _app_token_ok(creds, headers)
    if scheme == "bearer":
        if issued is not None and value.startswith("8A:") and issued.token_valid(value):
            return True
        return _same(value, creds.access_token) and _app_token_ok(creds, headers)
    return False


def _app_token_ok(creds: Credentials, headers: Mapping[str, str]) -> bool:
    wanted = creds.app_token
    return wanted is None or _same(headers.get("so-apptoken", ""), wanted)


def _same(given: str, wanted: str) -> bool:
    return hmac.compare_digest(given.encode(), wanted.encode())
