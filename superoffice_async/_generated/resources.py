"""Typed methods of every operation, from the OpenAPI document. Do not edit.

Written by tools/generate.py from the operation facts in ``operations.py``. Each method checks
nothing itself: it hands its arguments, in the order of the operation's ``params``, with the
call's options to the client's request function, which checks, sends, retries and parses.
"""

from __future__ import annotations

from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Unpack

from . import operations as ops

if TYPE_CHECKING:
    from ..call_record import RawResponse
    from ..options import CallOptions
    from ..select import SelectArg
    from .models import (
        CommandActionResult,
        CommandResult,
        CredentialType,
        CustomCommand,
        ODataMode,
        ODataOutput,
        ODataSlimResponse,
        PatchOperation,
        User,
        UserType,
        UserWithLinks,
    )

T = TypeVar("T")


class Caller(Protocol):
    """The client's request function: returns the parsed answer."""

    def __call__(
        self,
        operation: ops.Operation[T],
        arguments: tuple[Any, ...],
        options: CallOptions,
    ) -> Awaitable[T]: ...


class RawCaller(Protocol):
    """The client's request function: returns the answer with the call's record."""

    def __call__(
        self,
        operation: ops.Operation[T],
        arguments: tuple[Any, ...],
        options: CallOptions,
    ) -> Awaitable[RawResponse[T]]: ...


class UserOperationsWithRawResponse:
    """The User operations; methods return answers with their call records."""

    __slots__ = ("_call", "_raw")

    def __init__(self, call: Caller, raw: RawCaller) -> None:
        self._call = call
        self._raw = raw

    async def get_all(
        self,
        *,
        select: str | Sequence[str] | None = None,
        filter: str | None = None,
        order_by: str | None = None,
        entities: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        mode: ODataMode | str | None = None,
        odata_options: str | None = None,
        context: str | None = None,
        format: str | None = None,
        json_safe: bool | None = None,
        output: ODataOutput | str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ODataSlimResponse]:
        """``GET User``: OData list of all User."""
        return await self._raw(
            ops.V1_USER_GET_ALL,
            (
                select,
                filter,
                order_by,
                entities,
                top,
                skip,
                mode,
                odata_options,
                context,
                format,
                json_safe,
                output,
            ),
            options,
        )

    async def create(
        self,
        user: User,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserWithLinks]:
        """``POST User``: Creates a new User.

        Never repeated once it may have reached the server.
        """
        return await self._raw(ops.V1_USER_POST_USER, (user, select), options)

    async def credential_types(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CredentialType]]:
        """``GET User/CredentialTypes``: Get available credential types that can be used for authentication."""
        return await self._raw(ops.V1_USER_GET_CREDENTIAL_TYPES, (), options)

    async def default(
        self,
        *,
        user_type: UserType | str | None = None,
        person_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``GET User/Default``: Create default User providing the associate type and person id."""
        return await self._raw(
            ops.V1_USER_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
            (user_type, person_id),
            options,
        )

    async def validate(
        self,
        user: User,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``POST User/Validate``: Check that entity is ready for saving, return error messages by field."""
        return await self._raw(ops.V1_USER_VALIDATE_USER, (user,), options)

    async def get(
        self,
        user_id: int,
        *,
        select: SelectArg = None,
        foreign_keys: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserWithLinks]:
        """``GET User/{id}``: Gets a User object."""
        return await self._raw(
            ops.V1_USER_GET_USER, (user_id, select, foreign_keys), options
        )

    async def put(
        self,
        user_id: int,
        user: User,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserWithLinks]:
        """``PUT User/{id}``: Updates the existing User."""
        return await self._raw(ops.V1_USER_PUT_USER, (user_id, user, select), options)

    async def delete(
        self,
        user_id: int,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``DELETE User/{id}``: Deletes the User."""
        return await self._raw(ops.V1_USER_DELETE_USER, (user_id,), options)

    async def _patch(
        self,
        user_id: int,
        operations: list[PatchOperation],
        *,
        select: SelectArg = None,
        if_unmodified_since: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserWithLinks]:
        """``PATCH User/{id}``: Update a User with changes, as described in a JSON Patch document.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_PATCH_USER,
            (user_id, operations, select, if_unmodified_since),
            options,
        )

    async def get_commands(
        self,
        user_id: int,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CustomCommand]]:
        """``GET User/{id}/CustomCommand``: Get registered custom commands for User."""
        return await self._raw(ops.V1_USER_GET_USER_COMMANDS_ASYNC, (user_id,), options)

    async def execute_command(
        self,
        user_id: int,
        command_name: str,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[CommandResult]:
        """``POST User/{id}/CustomCommand/{commandName}``: Executes a custom command for User.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_EXECUTE_USER_COMMAND_ASYNC,
            (user_id, command_name, action_result),
            options,
        )

    async def get_by_name(
        self,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``GET User/{userName}``: Get a user, with lookup based on user name."""
        return await self._raw(ops.V1_USER_GET_USER_FROM_NAME, (user_name,), options)

    async def save_by_name(
        self,
        user_name: str,
        user: User,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``PUT User/{userName}``: Save a user, with lookup based on the user name."""
        return await self._raw(
            ops.V1_USER_SAVE_USER_FROM_NAME, (user_name, user), options
        )

    async def delete_by_name(
        self,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``DELETE User/{userName}``: Delete a user, with lookup based on the user name."""
        return await self._raw(ops.V1_USER_DELETE_USER_FROM_NAME, (user_name,), options)


class UserOperations:
    """The User operations; methods return parsed answers."""

    __slots__ = ("_call", "_raw")

    def __init__(self, call: Caller, raw: RawCaller) -> None:
        self._call = call
        self._raw = raw

    @property
    def with_raw_response(self) -> UserOperationsWithRawResponse:
        """The same methods, returning ``RawResponse`` (answer and call record)."""
        return UserOperationsWithRawResponse(self._call, self._raw)

    async def get_all(
        self,
        *,
        select: str | Sequence[str] | None = None,
        filter: str | None = None,
        order_by: str | None = None,
        entities: str | None = None,
        top: int | None = None,
        skip: int | None = None,
        mode: ODataMode | str | None = None,
        odata_options: str | None = None,
        context: str | None = None,
        format: str | None = None,
        json_safe: bool | None = None,
        output: ODataOutput | str | None = None,
        **options: Unpack[CallOptions],
    ) -> ODataSlimResponse:
        """``GET User``: OData list of all User."""
        return await self._call(
            ops.V1_USER_GET_ALL,
            (
                select,
                filter,
                order_by,
                entities,
                top,
                skip,
                mode,
                odata_options,
                context,
                format,
                json_safe,
                output,
            ),
            options,
        )

    async def create(
        self,
        user: User,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``POST User``: Creates a new User.

        Never repeated once it may have reached the server.
        """
        return await self._call(ops.V1_USER_POST_USER, (user, select), options)

    async def credential_types(
        self,
        **options: Unpack[CallOptions],
    ) -> list[CredentialType]:
        """``GET User/CredentialTypes``: Get available credential types that can be used for authentication."""
        return await self._call(ops.V1_USER_GET_CREDENTIAL_TYPES, (), options)

    async def default(
        self,
        *,
        user_type: UserType | str | None = None,
        person_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> User:
        """``GET User/Default``: Create default User providing the associate type and person id."""
        return await self._call(
            ops.V1_USER_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
            (user_type, person_id),
            options,
        )

    async def validate(
        self,
        user: User,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``POST User/Validate``: Check that entity is ready for saving, return error messages by field."""
        return await self._call(ops.V1_USER_VALIDATE_USER, (user,), options)

    async def get(
        self,
        user_id: int,
        *,
        select: SelectArg = None,
        foreign_keys: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``GET User/{id}``: Gets a User object."""
        return await self._call(
            ops.V1_USER_GET_USER, (user_id, select, foreign_keys), options
        )

    async def put(
        self,
        user_id: int,
        user: User,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``PUT User/{id}``: Updates the existing User."""
        return await self._call(ops.V1_USER_PUT_USER, (user_id, user, select), options)

    async def delete(
        self,
        user_id: int,
        **options: Unpack[CallOptions],
    ) -> None:
        """``DELETE User/{id}``: Deletes the User."""
        return await self._call(ops.V1_USER_DELETE_USER, (user_id,), options)

    async def _patch(
        self,
        user_id: int,
        operations: list[PatchOperation],
        *,
        select: SelectArg = None,
        if_unmodified_since: str | None = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``PATCH User/{id}``: Update a User with changes, as described in a JSON Patch document.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_PATCH_USER,
            (user_id, operations, select, if_unmodified_since),
            options,
        )

    async def get_commands(
        self,
        user_id: int,
        **options: Unpack[CallOptions],
    ) -> list[CustomCommand]:
        """``GET User/{id}/CustomCommand``: Get registered custom commands for User."""
        return await self._call(
            ops.V1_USER_GET_USER_COMMANDS_ASYNC, (user_id,), options
        )

    async def execute_command(
        self,
        user_id: int,
        command_name: str,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CommandResult:
        """``POST User/{id}/CustomCommand/{commandName}``: Executes a custom command for User.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_EXECUTE_USER_COMMAND_ASYNC,
            (user_id, command_name, action_result),
            options,
        )

    async def get_by_name(
        self,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> User:
        """``GET User/{userName}``: Get a user, with lookup based on user name."""
        return await self._call(ops.V1_USER_GET_USER_FROM_NAME, (user_name,), options)

    async def save_by_name(
        self,
        user_name: str,
        user: User,
        **options: Unpack[CallOptions],
    ) -> User:
        """``PUT User/{userName}``: Save a user, with lookup based on the user name."""
        return await self._call(
            ops.V1_USER_SAVE_USER_FROM_NAME, (user_name, user), options
        )

    async def delete_by_name(
        self,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """``DELETE User/{userName}``: Delete a user, with lookup based on the user name."""
        return await self._call(
            ops.V1_USER_DELETE_USER_FROM_NAME, (user_name,), options
        )


class UserAgentOperationsWithRawResponse:
    """The UserAgent operations; methods return answers with their call records."""

    __slots__ = ("_call", "_raw")

    def __init__(self, call: Caller, raw: RawCaller) -> None:
        self._call = call
        self._raw = raw

    async def create_default_user(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/CreateDefaultUser``: Set default values into a new User."""
        return await self._raw(ops.V1_USER_AGENT_CREATE_DEFAULT_USER, (), options)

    async def create_default_user_from_user_type(
        self,
        user_type: UserType | str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/CreateDefaultUserFromUserType``: Create a default User of a user type."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE, (user_type,), options
        )

    async def delete_user(
        self,
        user_id: int,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteUser``: Deletes the User."""
        return await self._raw(ops.V1_USER_AGENT_DELETE_USER, (user_id,), options)

    async def delete_user_from_name(
        self,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteUserFromName``: Delete a user, with lookup based on the user name."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_USER_FROM_NAME, (user_name,), options
        )

    async def execute_user_command(
        self,
        command_name: str,
        user: User | None,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[CommandResult | None]:
        """``POST Agents/User/ExecuteUserCommand``: Executes the custom command for User.

        None: the server answered ``200 null`` (not found).
        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_EXECUTE_USER_COMMAND,
            (command_name, user, action_result),
            options,
        )

    async def get_credential_types(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CredentialType]]:
        """``POST Agents/User/GetCredentialTypes``: Get available credential types that can be used for authentication."""
        return await self._raw(ops.V1_USER_AGENT_GET_CREDENTIAL_TYPES, (), options)

    async def get_user(
        self,
        user_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User | None]:
        """``POST Agents/User/GetUser``: Gets a User object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(ops.V1_USER_AGENT_GET_USER, (user_id, select), options)

    async def get_user_commands(
        self,
        user: User | None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CustomCommand]]:
        """``POST Agents/User/GetUserCommands``: Get registered custom commands for User."""
        return await self._raw(ops.V1_USER_AGENT_GET_USER_COMMANDS, (user,), options)

    async def get_user_from_name(
        self,
        user_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User | None]:
        """``POST Agents/User/GetUserFromName``: Get a user, with lookup based on user name.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_FROM_NAME, (user_name, select), options
        )

    async def get_user_from_person_id(
        self,
        person_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User | None]:
        """``POST Agents/User/GetUserFromPersonId``: Get a user from the id of its person.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_FROM_PERSON_ID, (person_id, select), options
        )

    async def save_user(
        self,
        user: User,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/SaveUser``: Updates the existing User or creates a new User if the id parameter is empty.

        Never repeated once it may have reached the server.
        """
        return await self._raw(ops.V1_USER_AGENT_SAVE_USER, (user,), options)

    async def save_user_from_name(
        self,
        user_name: str,
        user: User | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User | None]:
        """``POST Agents/User/SaveUserFromName``: Save a user, with lookup based on the user name.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_USER_FROM_NAME, (user_name, user, select), options
        )

    async def validate_user(
        self,
        user: User | None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``POST Agents/User/ValidateUser``: Check that entity is ready for saving, return error messages by field."""
        return await self._raw(ops.V1_USER_AGENT_VALIDATE_USER, (user,), options)


class UserAgentOperations:
    """The UserAgent operations; methods return parsed answers."""

    __slots__ = ("_call", "_raw")

    def __init__(self, call: Caller, raw: RawCaller) -> None:
        self._call = call
        self._raw = raw

    @property
    def with_raw_response(self) -> UserAgentOperationsWithRawResponse:
        """The same methods, returning ``RawResponse`` (answer and call record)."""
        return UserAgentOperationsWithRawResponse(self._call, self._raw)

    async def create_default_user(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/CreateDefaultUser``: Set default values into a new User."""
        return await self._call(ops.V1_USER_AGENT_CREATE_DEFAULT_USER, (), options)

    async def create_default_user_from_user_type(
        self,
        user_type: UserType | str,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/CreateDefaultUserFromUserType``: Create a default User of a user type."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE, (user_type,), options
        )

    async def delete_user(
        self,
        user_id: int,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteUser``: Deletes the User."""
        return await self._call(ops.V1_USER_AGENT_DELETE_USER, (user_id,), options)

    async def delete_user_from_name(
        self,
        user_name: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteUserFromName``: Delete a user, with lookup based on the user name."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_USER_FROM_NAME, (user_name,), options
        )

    async def execute_user_command(
        self,
        command_name: str,
        user: User | None,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CommandResult | None:
        """``POST Agents/User/ExecuteUserCommand``: Executes the custom command for User.

        None: the server answered ``200 null`` (not found).
        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_EXECUTE_USER_COMMAND,
            (command_name, user, action_result),
            options,
        )

    async def get_credential_types(
        self,
        **options: Unpack[CallOptions],
    ) -> list[CredentialType]:
        """``POST Agents/User/GetCredentialTypes``: Get available credential types that can be used for authentication."""
        return await self._call(ops.V1_USER_AGENT_GET_CREDENTIAL_TYPES, (), options)

    async def get_user(
        self,
        user_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User | None:
        """``POST Agents/User/GetUser``: Gets a User object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(ops.V1_USER_AGENT_GET_USER, (user_id, select), options)

    async def get_user_commands(
        self,
        user: User | None,
        **options: Unpack[CallOptions],
    ) -> list[CustomCommand]:
        """``POST Agents/User/GetUserCommands``: Get registered custom commands for User."""
        return await self._call(ops.V1_USER_AGENT_GET_USER_COMMANDS, (user,), options)

    async def get_user_from_name(
        self,
        user_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User | None:
        """``POST Agents/User/GetUserFromName``: Get a user, with lookup based on user name.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_FROM_NAME, (user_name, select), options
        )

    async def get_user_from_person_id(
        self,
        person_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User | None:
        """``POST Agents/User/GetUserFromPersonId``: Get a user from the id of its person.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_FROM_PERSON_ID, (person_id, select), options
        )

    async def save_user(
        self,
        user: User,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/SaveUser``: Updates the existing User or creates a new User if the id parameter is empty.

        Never repeated once it may have reached the server.
        """
        return await self._call(ops.V1_USER_AGENT_SAVE_USER, (user,), options)

    async def save_user_from_name(
        self,
        user_name: str,
        user: User | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User | None:
        """``POST Agents/User/SaveUserFromName``: Save a user, with lookup based on the user name.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_SAVE_USER_FROM_NAME, (user_name, user, select), options
        )

    async def validate_user(
        self,
        user: User | None,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``POST Agents/User/ValidateUser``: Check that entity is ready for saving, return error messages by field."""
        return await self._call(ops.V1_USER_AGENT_VALIDATE_USER, (user,), options)
