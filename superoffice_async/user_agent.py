"""RPC agent ``/api/v1/Agents/User``: typed methods over the generated operations.

An Agents endpoint answers "not found" with ``200 null``; those methods return None then. User
names travel in the JSON body here, so these are the safe way to look users up by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._generated.api.user_agent import v_1_user_agent_create_default_user as _create_default
from ._generated.api.user_agent import (
    v_1_user_agent_create_default_user_from_user_type as _default_from_type,
)
from ._generated.api.user_agent import v_1_user_agent_delete_user as _delete
from ._generated.api.user_agent import v_1_user_agent_delete_user_from_name as _delete_from_name
from ._generated.api.user_agent import v_1_user_agent_execute_user_command as _execute_command
from ._generated.api.user_agent import v_1_user_agent_get_credential_types as _credential_types
from ._generated.api.user_agent import v_1_user_agent_get_user as _get
from ._generated.api.user_agent import v_1_user_agent_get_user_commands as _get_commands
from ._generated.api.user_agent import v_1_user_agent_get_user_from_name as _get_from_name
from ._generated.api.user_agent import v_1_user_agent_get_user_from_person_id as _from_person
from ._generated.api.user_agent import v_1_user_agent_save_user as _save
from ._generated.api.user_agent import v_1_user_agent_save_user_from_name as _save_from_name
from ._generated.api.user_agent import v_1_user_agent_validate_user as _validate
from ._generated.models import (
    CommandActionResult,
    CommandResult,
    CredentialType,
    CustomCommand,
    ExecuteUserCommandRequest,
    SaveUserFromNameRequest,
    StringDictionary,
    User,
    UserNameRequest,
    UserRequest,
    UserType,
)
from ._generated.types import Unset
from .arguments import (
    check_enum,
    check_id,
    check_model,
    check_text,
    expect,
    expect_list,
    expect_or_none,
)
from .errors import InvalidArgumentError
from .options import CallOptions
from .select import SelectArg, select_param

if TYPE_CHECKING:
    from .client import SuperOfficeClient

__all__ = ["UserAgentResource"]


class UserAgentResource:
    """The User agent's RPC endpoints; reach it as ``client.user_agent``."""

    def __init__(self, client: SuperOfficeClient) -> None:
        self._client = client

    async def get_user(
        self, user_id: int, *, select: SelectArg = None, **options: Unpack[CallOptions]
    ) -> User | None:
        """``GetUser``. None: no such user."""
        parsed = await self._client.invoke(
            _get.asyncio_detailed,
            options,
            user_id=check_id(user_id),
            select=select_param(select, "User"),
        )
        return expect_or_none(parsed, User, "v1UserAgent_GetUser")

    async def get_user_from_name(
        self, user_name: str, *, select: SelectArg = None, **options: Unpack[CallOptions]
    ) -> User | None:
        """``GetUserFromName``: any user name, however it is spelled. None: no such user."""
        parsed = await self._client.invoke(
            _get_from_name.asyncio_detailed,
            options,
            body=UserNameRequest(user_name=check_text(user_name, "user_name")),
            select=select_param(select, "User"),
        )
        return expect_or_none(parsed, User, "v1UserAgent_GetUserFromName")

    async def get_user_from_person_id(
        self, person_id: int, *, select: SelectArg = None, **options: Unpack[CallOptions]
    ) -> User | None:
        """``GetUserFromPersonId``: the user whose person this is. None: no such user."""
        parsed = await self._client.invoke(
            _from_person.asyncio_detailed,
            options,
            person_id=check_id(person_id, "person_id"),
            select=select_param(select, "User"),
        )
        return expect_or_none(parsed, User, "v1UserAgent_GetUserFromPersonId")

    async def save_user(self, user: User, **options: Unpack[CallOptions]) -> User:
        """``SaveUser``: update the user, or create it when it has no id. Never retried."""
        parsed = await self._client.invoke(
            _save.asyncio_detailed, options, body=check_model(user, User, "user")
        )
        return expect(parsed, User, "v1UserAgent_SaveUser")

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

    async def delete_user(self, user_id: int, **options: Unpack[CallOptions]) -> None:
        """``DeleteUser``."""
        await self._client.invoke(_delete.asyncio_detailed, options, user_id=check_id(user_id))

    async def delete_user_from_name(self, user_name: str, **options: Unpack[CallOptions]) -> None:
        """``DeleteUserFromName``: any user name, however it is spelled."""
        body = UserNameRequest(user_name=check_text(user_name, "user_name"))
        await self._client.invoke(_delete_from_name.asyncio_detailed, options, body=body)

    async def create_default_user(self, **options: Unpack[CallOptions]) -> User:
        """``CreateDefaultUser``: a new user with the server's defaults, not stored yet."""
        parsed = await self._client.invoke(_create_default.asyncio_detailed, options)
        return expect(parsed, User, "v1UserAgent_CreateDefaultUser")

    async def create_default_user_from_user_type(
        self, user_type: UserType | str, **options: Unpack[CallOptions]
    ) -> User:
        """``CreateDefaultUserFromUserType``: defaults for a user of this type, not stored yet."""
        kind = check_enum(user_type, UserType, "user_type")
        if isinstance(kind, Unset):
            raise InvalidArgumentError("user_type is required")
        parsed = await self._client.invoke(
            _default_from_type.asyncio_detailed, options, user_type=kind
        )
        return expect(parsed, User, "v1UserAgent_CreateDefaultUserFromUserType")

    async def get_user_commands(
        self, user: User | None, **options: Unpack[CallOptions]
    ) -> list[CustomCommand]:
        """``GetUserCommands``: the custom commands registered for the user."""
        body = UserRequest(user=None if user is None else check_model(user, User, "user"))
        parsed = await self._client.invoke(_get_commands.asyncio_detailed, options, body=body)
        return expect_list(parsed, CustomCommand, "v1UserAgent_GetUserCommands")

    async def validate_user(self, user: User, **options: Unpack[CallOptions]) -> dict[str, str]:
        """``ValidateUser``: error messages by field; empty when the user can be saved."""
        body = UserRequest(user=check_model(user, User, "user"))
        parsed = await self._client.invoke(_validate.asyncio_detailed, options, body=body)
        answer = expect(parsed, StringDictionary, "v1UserAgent_ValidateUser")
        return dict(answer.additional_properties)

    async def get_credential_types(self, **options: Unpack[CallOptions]) -> list[CredentialType]:
        """``GetCredentialTypes``: the authentication methods users can have."""
        parsed = await self._client.invoke(_credential_types.asyncio_detailed, options)
        return expect_list(parsed, CredentialType, "v1UserAgent_GetCredentialTypes")

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
