"""A user's script, kept as a test: it passes ``mypy --strict`` with one None check per
optional access (tests/test_user_script.py type-checks it and runs it against the sandbox)."""

from __future__ import annotations

import asyncio
import sys

from superoffice_async import AllUsersRow, BasicAuth, SuperOfficeClient, UserType, UserWithLinks


async def main(base_url: str) -> list[str]:
    """The lines the script prints."""
    out: list[str] = []
    async with SuperOfficeClient(base_url, auth=BasicAuth("tje0", "Tje0")) as so:
        user: UserWithLinks = await so.users.get(1)
        if user.person is not None:
            out.append(f"first name: {user.person.firstname}")
        if user.type_ == UserType.INTERNAL_ASSOCIATE:
            out.append("an internal associate")
        name: str | None = user.name
        out.append(f"name: {name}")
        async for row in so.users.list(limit=3):
            typed: AllUsersRow = row
            user_name: str | None = typed.user_name
            out.append(f"row: {typed.get('PrimaryKey')} {user_name}")
    for line in out:
        print(line)
    return out


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
