"""The Quickstart, against the sandbox.

Start it first: python -m superoffice_async.testing --tenant Cust12345
"""

import asyncio

from superoffice_async import (
    BasicAuth,
    NotFoundError,
    Select,
    SuperOfficeClient,
    User,
    UserWithLinks,
    fields,
)


async def main() -> None:
    async with SuperOfficeClient(
        "http://127.0.0.1:8000/Cust12345",  # your site: https://sod2.superoffice.com/Cust12345
        auth=BasicAuth("tje0", "Tje0"),  # or SOTicketAuth / BearerAuth / XsrfTokenAuth
        language="en",  # SO-Language on every call; culture=, time_zone= likewise
    ) as so:
        only = Select(User, fields.User.Name, fields.User.Person.Firstname)
        # A few properties: update() sends a JSON Patch of only those (PUT replaces everything).
        saved = await so.users.update(5, {"Tooltip": "Team lead"}, select=only)
        print(saved.name, saved.person.firstname if saved.person else None, saved.tooltip)
        # -> the name and first name; tooltip is None: $select nulls what it does not name

        # Read-modify-write: modify() reads the user, applies your change and patches what
        # differs, guarded so that a concurrent change raises ConflictError, not overwritten.
        def promote(user: UserWithLinks) -> None:
            user.rank = 1

        promoted = await so.users.modify(5, promote)
        print("rank:", promoted.rank, "tooltip:", promoted.tooltip)

        # A save replaces the whole user: send the user as read and changed, or start a new
        # one from the server's defaults.
        name = "new.hire@example.com"
        agent = so.user_agent
        user = await agent.get_user_from_name(name) or await agent.create_default_user()
        user.name = "NH"
        saved_user = await so.user_agent.save_user_from_name(name, user)
        print("saved by name:", saved_user.associate_id if saved_user else "not found")

        result = await so.users.execute_command(5, "Ping", action_result="Ok")
        print("command:", result.success, result.message)

        try:
            await so.users.update(999_999, {"Tooltip": "x"}, time_zone="UTC")
        except NotFoundError as exc:
            print("typed error:", exc.status_code, exc.error_type)


asyncio.run(main())
