"""RPC agent ``/api/v1/Agents/User``: typed methods over the generated operations.

An Agents endpoint answers "not found" with ``200 null``; those methods return None then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._generated.api.user_agent import v_1_user_agent_execute_user_command as _execute_command
from ._generated.api.user_agent import v_1_user_agent_save_user_from_name as _save_from_name
from ._generated.models import (
    CommandActionResult,
    CommandResult,
    ExecuteUserCommandRequest,
    SaveUserFromNameRequest,
    User,
)
from ._generated.types import Unset
from .arguments import check_enum, check_model, check_text, expect_or_none
from .options import CallOptions
from .select import SelectArg, select_param

if TYPE_CHECKING:
    from .client import SuperOfficeClient

__all__ = ["UserAgentResource"]


class UserAgentResource:
    """The User agent's RPC endpoints; reach it as ``client.user_agent``."""

    def __init__(self, client: SuperOfficeClient) -> None:
        self._client = client

    async def save_user_from_name(
        self,
        user_name: str,
        user: User | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User | None:
        """``SaveUserFromName``: save a user, looked up by user name. None: not found."""
        body = SaveUserFromNameRequest(
            user_name=check_text(user_name, "user_name"),
            user=None if user is None else check_model(user, User, "user"),
        )
        parsed = await self._client.invoke(
            _save_from_name.asyncio_detailed,
            options,
            body=body,
            select=select_param(select, "User"),
        )
        return expect_or_none(parsed, User, "v1UserAgent_SaveUserFromName")

    async def execute_user_command(
        self,
        command_name: str,
        user: User | None,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CommandResult | None:
        """``ExecuteUserCommand``: run a custom command on a user. Never retried once sent.

        None: the server answered ``200 null`` (user or command not found).
        """
        result = check_enum(action_result, CommandActionResult, "action_result")
        body = ExecuteUserCommandRequest(
            command_name=check_text(command_name, "command_name"),
            action_result=None if isinstance(result, Unset) else result,
            user=None if user is None else check_model(user, User, "user"),
        )
        parsed = await self._client.invoke(_execute_command.asyncio_detailed, options, body=body)
        return expect_or_none(parsed, CommandResult, "v1UserAgent_ExecuteUserCommand")
