"""The code under test: a small piece of an app that uses the SDK."""

from __future__ import annotations

from superoffice_async import NotFoundError, SuperOfficeClient


async def display_name(so: SuperOfficeClient, user_id: int) -> str:
    """``"Firstname (login)"`` for a user, ``"unknown"`` when there is no such user."""
    try:
        user = await so.users.get(user_id)
    except NotFoundError:
        return "unknown"
    firstname = user.person.firstname if user.person else None
    return f"{firstname or '?'} ({user.name})"
