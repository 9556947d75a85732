"""A credential the application provides: a callable giving the Authorization header value.

For anything the built-in schemes do not cover (a token cache shared between processes, a
vault, another sign-in flow): ``CredentialProviderAuth(get)`` where ``get()`` (plain or async)
returns the whole header value, e.g. ``"Bearer 8A:..."`` or ``"SOTicket 7T:..."``. It is asked
before every attempt (cache in it what is costly to get); after a 401 it is asked once more and
the call is repeated when the value changed.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

from ..errors import ConfigurationError, SignInError
from .schemes import Auth

__all__ = ["CredentialProvider", "CredentialProviderAuth"]

CredentialProvider = Callable[[], str | Awaitable[str]]


class CredentialProviderAuth(Auth):
    """Authorization header values from the application's ``provider()`` (sync or async).

    ``scheme`` names the credential in the client's repr; ``SO-AppToken``, when needed, is the
    client's ``app_token``.
    """

    refreshes = True

    def __init__(self, provider: CredentialProvider, *, scheme: str = "provided") -> None:
        super().__init__("")
        if not callable(provider):
            raise ConfigurationError("provider must be callable, returning the header value")
        self._provider = provider
        self.scheme = scheme

    def headers(self) -> tuple[tuple[str, str], ...]:
        """Not available without awaiting the provider: use ``fresh_headers``."""
        raise SignInError("a provided credential is only known when the provider is asked")

    async def fresh_headers(self) -> tuple[tuple[str, str], ...]:
        """Ask the provider for the header value of the next attempt."""
        return (("Authorization", await self._ask()),)

    async def refresh(self, rejected: tuple[tuple[str, str], ...], status: int) -> bool:
        """Ask again; True (repeat the call) when the provider now gives another value."""
        value = await self._ask()
        return all(given != value for name, given in rejected if name == "Authorization")

    async def _ask(self) -> str:
        failed = ""
        value: object = None
        try:
            value = self._provider()
            if inspect.isawaitable(value):
                value = await value
        except Exception as exc:  # the application's code; its message may quote a secret
            failed = type(exc).__name__
        if failed:
            raise SignInError(f"the credential provider raised {failed}")
        if not isinstance(value, str) or not value.strip():
            raise SignInError("the credential provider must return the header value (a str)")
        if any(c in value for c in "\r\n\x00"):
            raise SignInError("the credential provider's value contains line breaks")
        return value

    def __repr__(self) -> str:
        return f"CredentialProviderAuth(scheme={self.scheme!r})"

    __str__ = __repr__
