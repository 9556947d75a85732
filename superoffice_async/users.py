"""REST ``/api/v1/User``: typed methods over the generated operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._generated.api.user import v_1_user_execute_user_command_async as _execute_command
from ._generated.api.user import v_1_user_put_user as _put_user
from ._generated.models import CommandActionResult, CommandResult, User, UserWithLinks
from .arguments import check_enum, check_id, check_model, check_path_text, expect
from .options import CallOptions
from .select import SelectArg, select_param

if TYPE_CHECKING:
    from .client import SuperOfficeClient

__all__ = ["UsersResource"]


class UsersResource:
    """The REST User endpoints; reach it as ``client.users``."""

    def __init__(self, client: SuperOfficeClient) -> None:
        self._client = client

    async def put(
        self,
        user_id: int,
        user: User,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``PUT /api/v1/User/{id}``: replace the user; returns the saved user with links."""
        parsed = await self._client.invoke(
            _put_user.asyncio_detailed,
            options,
            id=check_id(user_id),
            body=check_model(user, User, "user"),
            select=select_param(select, "UserWithLinks"),
        )
        return expect(parsed, UserWithLinks, "v1User_PutUser")

    async def execute_command(
        self,
        user_id: int,
        command_name: str,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CommandResult:
        """``POST /api/v1/User/{id}/CustomCommand/{commandName}``. Never retried once sent.

        The reference leaves the 200 body undocumented; the spec decides it is a CommandResult.
        """
        parsed = await self._client.invoke(
            _execute_command.asyncio_detailed,
            options,
            id=check_id(user_id),
            command_name=check_path_text(command_name, "command_name"),
            action_result=check_enum(action_result, CommandActionResult, "action_result"),
        )
        return expect(parsed, CommandResult, "v1User_ExecuteUserCommandAsync")
