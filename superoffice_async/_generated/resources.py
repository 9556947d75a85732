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
    from ..options import CallOptions
    from ..records import RawResponse
    from ..select import SelectArg
    from .models import (
        AccessGatewayInfo,
        Associate,
        ChangePasswordType,
        CommandActionResult,
        CommandResult,
        Credential,
        CredentialsGroup,
        CredentialsGroupUsers,
        CredentialType,
        CustomCommand,
        ExternalUserInfoModification,
        FieldInfoBase,
        MDOListItem,
        ODataMode,
        ODataOutput,
        ODataSlimResponse,
        OperationResult,
        PatchOperation,
        RelationToOwnerType,
        ResolvedUser,
        Role,
        RoleEntity,
        RoleType,
        SelectableMDOListItem,
        ServiceAuth,
        SoPrincipalCarrier,
        TokenManagementInfo,
        UntrustedCredentials,
        User,
        UserGroup,
        UserInfo,
        UserPresenceStatus,
        UserType,
        UserValidationResult,
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
        user: User | UserWithLinks,
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

    async def custom_fields(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[FieldInfoBase]]:
        """``GET User/CustomField``: Custom fields meta-data (published user defined + extra fields) on User."""
        return await self._raw(ops.V1_USER_GET_CUSTOM_FIELD_INFO_LIST, (), options)

    async def custom_field(
        self,
        field_name: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[FieldInfoBase]:
        """``GET User/CustomField/{fieldName}``: Custom field meta-data (published user defined + extra fields) on User."""
        return await self._raw(
            ops.V1_USER_GET_CUSTOM_FIELD_INFO, (field_name,), options
        )

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
        user: User | UserWithLinks,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``POST User/Validate``: Check that entity is ready for saving, return error messages by field."""
        return await self._raw(ops.V1_USER_VALIDATE_USER, (user,), options)

    async def current(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``GET User/current``: Gets the currently logged in user's information: username, personal name, credentials, licenses."""
        return await self._raw(ops.V1_USER_GET_CURRENT_USER, (), options)

    async def current_associate(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Associate]:
        """``GET User/currentAssociate``: Gets the currently logged in user's associate information (username, associate id, role)."""
        return await self._raw(ops.V1_USER_GET_CURRENT_ASSOCIATE, (), options)

    async def current_principal(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[SoPrincipalCarrier]:
        """``GET User/currentPrincipal``: Gets the currently logged in user's information, even in Online."""
        return await self._raw(ops.V1_USER_GET_CURRENT_PRINCIPAL, (), options)

    async def current_token(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``GET User/currentToken``: Returns the access token."""
        return await self._raw(ops.V1_USER_GET_CURRENT_TOKEN, (), options)

    async def get_presence_status(
        self,
        associate_id: int,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserPresenceStatus]:
        """``GET User/{associateId}/UserPresenceStatus``: Get user presence status."""
        return await self._raw(
            ops.V1_USER_GET_USER_PRESENCE_STATUS, (associate_id,), options
        )

    async def set_presence_status(
        self,
        associate_id: int,
        user_presence_status: UserPresenceStatus,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserPresenceStatus]:
        """``PUT User/{associateId}/UserPresenceStatus``: Set user presence status."""
        return await self._raw(
            ops.V1_USER_SET_USER_PRESENCE_STATUS,
            (associate_id, user_presence_status),
            options,
        )

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
        user: User | UserWithLinks,
        *,
        select: SelectArg = None,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserWithLinks]:
        """``PUT User/{id}``: Updates the existing User.

        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(
            ops.V1_USER_PUT_USER, (user_id, user, select, replace), options
        )

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

    async def foreign_keys(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``GET User/{id}/ForeignKey``: Foreign keys on the User."""
        return await self._raw(
            ops.V1_USER_GET_ALL_FOREIGN_KEYS_ON_ENTITY, (id,), options
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
        user: User | UserWithLinks,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``PUT User/{userName}``: Save a user, with lookup based on the user name.

        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(
            ops.V1_USER_SAVE_USER_FROM_NAME, (user_name, user, replace), options
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
        user: User | UserWithLinks,
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

    async def custom_fields(
        self,
        **options: Unpack[CallOptions],
    ) -> list[FieldInfoBase]:
        """``GET User/CustomField``: Custom fields meta-data (published user defined + extra fields) on User."""
        return await self._call(ops.V1_USER_GET_CUSTOM_FIELD_INFO_LIST, (), options)

    async def custom_field(
        self,
        field_name: str,
        **options: Unpack[CallOptions],
    ) -> FieldInfoBase:
        """``GET User/CustomField/{fieldName}``: Custom field meta-data (published user defined + extra fields) on User."""
        return await self._call(
            ops.V1_USER_GET_CUSTOM_FIELD_INFO, (field_name,), options
        )

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
        user: User | UserWithLinks,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``POST User/Validate``: Check that entity is ready for saving, return error messages by field."""
        return await self._call(ops.V1_USER_VALIDATE_USER, (user,), options)

    async def current(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """``GET User/current``: Gets the currently logged in user's information: username, personal name, credentials, licenses."""
        return await self._call(ops.V1_USER_GET_CURRENT_USER, (), options)

    async def current_associate(
        self,
        **options: Unpack[CallOptions],
    ) -> Associate:
        """``GET User/currentAssociate``: Gets the currently logged in user's associate information (username, associate id, role)."""
        return await self._call(ops.V1_USER_GET_CURRENT_ASSOCIATE, (), options)

    async def current_principal(
        self,
        **options: Unpack[CallOptions],
    ) -> SoPrincipalCarrier:
        """``GET User/currentPrincipal``: Gets the currently logged in user's information, even in Online."""
        return await self._call(ops.V1_USER_GET_CURRENT_PRINCIPAL, (), options)

    async def current_token(
        self,
        **options: Unpack[CallOptions],
    ) -> str:
        """``GET User/currentToken``: Returns the access token."""
        return await self._call(ops.V1_USER_GET_CURRENT_TOKEN, (), options)

    async def get_presence_status(
        self,
        associate_id: int,
        **options: Unpack[CallOptions],
    ) -> UserPresenceStatus:
        """``GET User/{associateId}/UserPresenceStatus``: Get user presence status."""
        return await self._call(
            ops.V1_USER_GET_USER_PRESENCE_STATUS, (associate_id,), options
        )

    async def set_presence_status(
        self,
        associate_id: int,
        user_presence_status: UserPresenceStatus,
        **options: Unpack[CallOptions],
    ) -> UserPresenceStatus:
        """``PUT User/{associateId}/UserPresenceStatus``: Set user presence status."""
        return await self._call(
            ops.V1_USER_SET_USER_PRESENCE_STATUS,
            (associate_id, user_presence_status),
            options,
        )

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
        user: User | UserWithLinks,
        *,
        select: SelectArg = None,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``PUT User/{id}``: Updates the existing User.

        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(
            ops.V1_USER_PUT_USER, (user_id, user, select, replace), options
        )

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

    async def foreign_keys(
        self,
        id: int,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``GET User/{id}/ForeignKey``: Foreign keys on the User."""
        return await self._call(
            ops.V1_USER_GET_ALL_FOREIGN_KEYS_ON_ENTITY, (id,), options
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
        user: User | UserWithLinks,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> User:
        """``PUT User/{userName}``: Save a user, with lookup based on the user name.

        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(
            ops.V1_USER_SAVE_USER_FROM_NAME, (user_name, user, replace), options
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

    async def add_owner_contact(
        self,
        contact_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/AddOwnerContact``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_ADD_OWNER_CONTACT, (contact_id, select), options
        )

    async def can_change_password(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/CanChangePassword``: Check if the current assoicate can change the password for an associate."""
        return await self._raw(
            ops.V1_USER_AGENT_CAN_CHANGE_PASSWORD, (associate_id, select), options
        )

    async def change_own_password(
        self,
        old_password: str,
        new_password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/ChangeOwnPassword``: Change password for a user.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_CHANGE_OWN_PASSWORD,
            (old_password, new_password, select),
            options,
        )

    async def change_password(
        self,
        associate_id: int,
        old_password: str,
        new_password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/ChangePassword``: Change password for a user.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_CHANGE_PASSWORD,
            (associate_id, old_password, new_password, select),
            options,
        )

    async def change_password_from_name(
        self,
        associate_name: str,
        old_password: str,
        new_password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/ChangePasswordFromName``: Change password for a user.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_CHANGE_PASSWORD_FROM_NAME,
            (associate_name, old_password, new_password, select),
            options,
        )

    async def change_user_type(
        self,
        user: User | UserWithLinks | None,
        user_type: UserType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/ChangeUserType``: Get a user from the user name."""
        return await self._raw(
            ops.V1_USER_AGENT_CHANGE_USER_TYPE, (user, user_type, select), options
        )

    async def check_access_gateway_registration(
        self,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/CheckAccessGatewayRegistration``: Checks if AccessGatewayRegistration is valid."""
        return await self._raw(
            ops.V1_USER_AGENT_CHECK_ACCESS_GATEWAY_REGISTRATION, (select,), options
        )

    async def create_default_role_entity(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RoleEntity]:
        """``POST Agents/User/CreateDefaultRoleEntity``: Loading default values into a new RoleEntity."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY, (), options
        )

    async def create_default_role_entity_from_type(
        self,
        type: RoleType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RoleEntity]:
        """``POST Agents/User/CreateDefaultRoleEntityFromType``: Create a new role entity of the specified role type."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE,
            (type, select),
            options,
        )

    async def create_default_service_auth(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ServiceAuth]:
        """``POST Agents/User/CreateDefaultServiceAuth``: Loading default values into a new ServiceAuth."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_SERVICE_AUTH, (), options
        )

    async def create_default_untrusted_credentials(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UntrustedCredentials]:
        """``POST Agents/User/CreateDefaultUntrustedCredentials``: Loading default values into a new UntrustedCredentials."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_UNTRUSTED_CREDENTIALS, (), options
        )

    async def create_default_user(
        self,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/CreateDefaultUser``: Set default values into a new User."""
        return await self._raw(ops.V1_USER_AGENT_CREATE_DEFAULT_USER, (), options)

    async def create_default_user_from_user_type(
        self,
        user_type: UserType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/CreateDefaultUserFromUserType``: Create default User providing the user type."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE,
            (user_type, select),
            options,
        )

    async def create_default_user_from_user_type_and_credential(
        self,
        user_type: UserType | str | None,
        contact_id: int,
        credential_type: str,
        credential_value: str,
        credential_display_value: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/CreateDefaultUserFromUserTypeAndCredential``: Creates a PersonEntity with default values based on the contactId and credentials."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL,
            (
                user_type,
                contact_id,
                credential_type,
                credential_value,
                credential_display_value,
                select,
            ),
            options,
        )

    async def create_default_user_from_user_type_and_person_id(
        self,
        user_type: UserType | str | None,
        person_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/CreateDefaultUserFromUserTypeAndPersonId``: Create default User providing the associate type and person id."""
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
            (user_type, person_id, select),
            options,
        )

    async def create_external_user(
        self,
        person_id: int,
        user_name: str,
        password: str,
        role_id: int,
        is_active: bool,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[int]:
        """``POST Agents/User/CreateExternalUser``: Creates an associate of type external user.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_CREATE_EXTERNAL_USER,
            (person_id, user_name, password, role_id, is_active, select),
            options,
        )

    async def create_user_group(
        self,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserGroup]:
        """``POST Agents/User/CreateUserGroup``: Create UserGroup (Rank is assigned to the highest rank).

        Never repeated once it may have reached the server.
        """
        return await self._raw(ops.V1_USER_AGENT_CREATE_USER_GROUP, (select,), options)

    async def decrypt_and_save_external_tokens(
        self,
        token_management_info: TokenManagementInfo | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/DecryptAndSaveExternalTokens``: First asks AccessGateway to decrypt the tokens, then saves the external tokens to the DB and returns a key that can be used to retrieve them.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_DECRYPT_AND_SAVE_EXTERNAL_TOKENS,
            (token_management_info, select),
            options,
        )

    async def delete_credential(
        self,
        user_id: int,
        credential_type: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/DeleteCredential``: Remove credential of a specific type for a user."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_CREDENTIAL,
            (user_id, credential_type, select),
            options,
        )

    async def delete_external_user(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteExternalUser``: Deletes an associate of type external user."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_EXTERNAL_USER, (associate_id, select), options
        )

    async def delete_role(
        self,
        role_id_to_delete: int,
        replacing_role_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteRole``: Delete the specified role and move all users associated with the role to the replacingRoleId."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_ROLE,
            (role_id_to_delete, replacing_role_id, select),
            options,
        )

    async def delete_service_auth(
        self,
        service_auth_id: int,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteServiceAuth``: Deletes the ServiceAuth."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_SERVICE_AUTH, (service_auth_id,), options
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
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteUserFromName``: Delete a user, with lookup based on the user name."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_USER_FROM_NAME, (user_name, select), options
        )

    async def delete_user_group(
        self,
        user_group_to_delete: int,
        user_group_to_move_to: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/DeleteUserGroup``: Delete a usergroup and move its members to another usergroup."""
        return await self._raw(
            ops.V1_USER_AGENT_DELETE_USER_GROUP,
            (user_group_to_delete, user_group_to_move_to, select),
            options,
        )

    async def exchange_code_and_save_tokens(
        self,
        provider: str,
        authorization_code: str,
        nonce: str,
        pkce_verifier: str,
        redirect_uri: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/ExchangeCodeAndSaveTokens``: Exchanges an authorization code for tokens.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_EXCHANGE_CODE_AND_SAVE_TOKENS,
            (provider, authorization_code, nonce, pkce_verifier, redirect_uri, select),
            options,
        )

    async def execute_user_command(
        self,
        command_name: str,
        user: User | UserWithLinks | None,
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

    async def find_credential_users(
        self,
        type: str,
        search_string: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[CredentialsGroupUsers]:
        """``POST Agents/User/FindCredentialUsers``: Find users matching the partial name."""
        return await self._raw(
            ops.V1_USER_AGENT_FIND_CREDENTIAL_USERS,
            (type, search_string, select),
            options,
        )

    async def find_credentials_groups(
        self,
        type: str,
        search_string: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CredentialsGroup]]:
        """``POST Agents/User/FindCredentialsGroups``: Get user groups holding users filtered by the searchString."""
        return await self._raw(
            ops.V1_USER_AGENT_FIND_CREDENTIALS_GROUPS,
            (type, search_string, select),
            options,
        )

    async def find_roles_with_functional_right(
        self,
        functional_right_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[MDOListItem]]:
        """``POST Agents/User/FindRolesWithFunctionalRight``: Find all roles with a given functional right."""
        return await self._raw(
            ops.V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHT,
            (functional_right_name, select),
            options,
        )

    async def find_roles_with_functional_rights(
        self,
        functional_right_names: list[str] | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[int]]:
        """``POST Agents/User/FindRolesWithFunctionalRights``: Find all roles with a given set of functional rights."""
        return await self._raw(
            ops.V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHTS,
            (functional_right_names, select),
            options,
        )

    async def find_roles_without_functional_rights(
        self,
        functional_right_names: list[str] | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[int]]:
        """``POST Agents/User/FindRolesWithoutFunctionalRights``: Find all roles without a given set of functional rights."""
        return await self._raw(
            ops.V1_USER_AGENT_FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS,
            (functional_right_names, select),
            options,
        )

    async def generate_new_password_for_external_user(
        self,
        associate_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/GenerateNewPasswordForExternalUser``: Generates a new password for an external user.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER,
            (associate_name, select),
            options,
        )

    async def get_access_gateway_info(
        self,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AccessGatewayInfo]:
        """``POST Agents/User/GetAccessGatewayInfo``: Returns accessgateway registration info."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_ACCESS_GATEWAY_INFO, (select,), options
        )

    async def get_access_token(
        self,
        app_token: str,
        include_cs_session: bool,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/GetAccessToken``: Get an access token based on the current user's session."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_ACCESS_TOKEN,
            (app_token, include_cs_session, select),
            options,
        )

    async def get_all_data_rights(
        self,
        role_id: int,
        relation_to_owner: RelationToOwnerType | str | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``POST Agents/User/GetAllDataRights``: Get a list of all data rights for the given role, filtered by relation to owner."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_ALL_DATA_RIGHTS,
            (role_id, relation_to_owner, select),
            options,
        )

    async def get_all_functional_rights(
        self,
        role_type: RoleType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[SelectableMDOListItem]]:
        """``POST Agents/User/GetAllFunctionalRights``: Get a list of all functional rights for the given type of role."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_ALL_FUNCTIONAL_RIGHTS, (role_type, select), options
        )

    async def get_all_roles(
        self,
        role_type: RoleType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[SelectableMDOListItem]]:
        """``POST Agents/User/GetAllRoles``: Get a list of all roles for the given type of role."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_ALL_ROLES, (role_type, select), options
        )

    async def get_all_user_groups(
        self,
        include_deleted: bool,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[UserGroup]]:
        """``POST Agents/User/GetAllUserGroups``: Get all user groups."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_ALL_USER_GROUPS, (include_deleted, select), options
        )

    async def get_credential_types(
        self,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CredentialType]]:
        """``POST Agents/User/GetCredentialTypes``: Get available credential types that can be used for authentication."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_CREDENTIAL_TYPES, (select,), options
        )

    async def get_credential_types_for_user_type(
        self,
        user_type: UserType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CredentialType]]:
        """``POST Agents/User/GetCredentialTypesForUserType``: Get available credential types that can be used for the specified user type."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_CREDENTIAL_TYPES_FOR_USER_TYPE,
            (user_type, select),
            options,
        )

    async def get_credential_users_in_group(
        self,
        type: str,
        group_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[CredentialsGroupUsers]:
        """``POST Agents/User/GetCredentialUsersInGroup``: Get credential users within a user group."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_CREDENTIAL_USERS_IN_GROUP,
            (type, group_name, select),
            options,
        )

    async def get_data_right(
        self,
        role_id: int,
        table_name: str,
        relation_to_owner: RelationToOwnerType | str | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/GetDataRight``: Read one specific data right at the given position."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_DATA_RIGHT,
            (role_id, table_name, relation_to_owner, select),
            options,
        )

    async def get_data_rights(
        self,
        role_id: int,
        table_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``POST Agents/User/GetDataRights``: Read specific a set of data rights at the given row in the rights matrix."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_DATA_RIGHTS, (role_id, table_name, select), options
        )

    async def get_default_associate_user_name(
        self,
        user: User | UserWithLinks | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/GetDefaultAssociateUserName``: Get the default username for a person."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_DEFAULT_ASSOCIATE_USER_NAME, (user, select), options
        )

    async def get_external_tokens(
        self,
        key: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[TokenManagementInfo]:
        """``POST Agents/User/GetExternalTokens``: Retrieve the tokens from the DB based on the given key."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_EXTERNAL_TOKENS, (key, select), options
        )

    async def get_functional_rights(
        self,
        role_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[SelectableMDOListItem]]:
        """``POST Agents/User/GetFunctionalRights``: Get all functional rights for the given role."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_FUNCTIONAL_RIGHTS, (role_id, select), options
        )

    async def get_or_register_access_gateway_info(
        self,
        redirect_uri: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AccessGatewayInfo]:
        """``POST Agents/User/GetOrRegisterAccessGatewayInfo``: Returns accessgateway registration info and registers a new or adds the url if necessary."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_OR_REGISTER_ACCESS_GATEWAY_INFO,
            (redirect_uri, select),
            options,
        )

    async def get_role(
        self,
        role_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Role | None]:
        """``POST Agents/User/GetRole``: Gets a Role object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(ops.V1_USER_AGENT_GET_ROLE, (role_id, select), options)

    async def get_role_entity(
        self,
        role_entity_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RoleEntity | None]:
        """``POST Agents/User/GetRoleEntity``: Gets a RoleEntity object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_GET_ROLE_ENTITY, (role_entity_id, select), options
        )

    async def get_service_auth(
        self,
        service_auth_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ServiceAuth | None]:
        """``POST Agents/User/GetServiceAuth``: Gets a ServiceAuth object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_GET_SERVICE_AUTH, (service_auth_id, select), options
        )

    async def get_supported_change_password_types(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[ChangePasswordType | str]]:
        """``POST Agents/User/GetSupportedChangePasswordTypes``: Get the different methods the user can use to change password."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_SUPPORTED_CHANGE_PASSWORD_TYPES,
            (associate_id, select),
            options,
        )

    async def get_untrusted_credentials(
        self,
        type: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[UntrustedCredentials]]:
        """``POST Agents/User/GetUntrustedCredentials``: Get a set of credentials of a specified type for authenticated user."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS, (type, select), options
        )

    async def get_untrusted_credentials_for_associate(
        self,
        associate_id: int,
        type: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[UntrustedCredentials]]:
        """``POST Agents/User/GetUntrustedCredentialsForAssociate``: Get a set of credentials of a specified type for a specified user."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
            (associate_id, type, select),
            options,
        )

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
        user: User | UserWithLinks | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[CustomCommand]]:
        """``POST Agents/User/GetUserCommands``: Get registered custom commands for User."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_COMMANDS, (user, select), options
        )

    async def get_user_from_ej_user_id(
        self,
        ej_user_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[User]]:
        """``POST Agents/User/GetUserFromEjUserId``: Get user from ejUserId - used for eJournal Legacy Support."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_FROM_EJ_USER_ID, (ej_user_id, select), options
        )

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
    ) -> RawResponse[list[User]]:
        """``POST Agents/User/GetUserFromPersonId``: Returns the users associated with the supplied person id."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_FROM_PERSON_ID, (person_id, select), options
        )

    async def get_user_group(
        self,
        user_group_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserGroup | None]:
        """``POST Agents/User/GetUserGroup``: Gets a UserGroup object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_GROUP, (user_group_id, select), options
        )

    async def get_user_group_list(
        self,
        user_group_ids: list[int],
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[UserGroup]]:
        """``POST Agents/User/GetUserGroupList``: Gets an array of UserGroup objects."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_GROUP_LIST, (user_group_ids, select), options
        )

    async def get_user_info(
        self,
        user_info_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserInfo | None]:
        """``POST Agents/User/GetUserInfo``: Gets a UserInfo object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_INFO, (user_info_id, select), options
        )

    async def get_user_info_list(
        self,
        user_info_ids: list[int],
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[list[UserInfo]]:
        """``POST Agents/User/GetUserInfoList``: Gets an array of UserInfo objects."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_INFO_LIST, (user_info_ids, select), options
        )

    async def get_user_presence_status(
        self,
        associate_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserPresenceStatus]:
        """``POST Agents/User/GetUserPresenceStatus``: Get user presence status."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_USER_PRESENCE_STATUS, (associate_id, select), options
        )

    async def get_valid_user_name(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        user_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/GetValidUserName``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_VALID_USER_NAME,
            (associate_id, type, person_id, user_name, select),
            options,
        )

    async def get_valid_user_name_for_new_user(
        self,
        user: User | UserWithLinks | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/GetValidUserNameForNewUser``: Generates a valid username for an unsaved user."""
        return await self._raw(
            ops.V1_USER_AGENT_GET_VALID_USER_NAME_FOR_NEW_USER, (user, select), options
        )

    async def is_nick_name_unique(
        self,
        associate_id: int,
        nick_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/IsNickNameUnique``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_IS_NICK_NAME_UNIQUE,
            (associate_id, nick_name, select),
            options,
        )

    async def is_password_valid(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/IsPasswordValid``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_IS_PASSWORD_VALID,
            (associate_id, type, person_id, password, select),
            options,
        )

    async def is_password_valid_with_reason(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        password: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserValidationResult]:
        """``POST Agents/User/IsPasswordValidWithReason``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_IS_PASSWORD_VALID_WITH_REASON,
            (associate_id, type, person_id, password, select),
            options,
        )

    async def is_user_name_valid(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        user_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/IsUserNameValid``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_IS_USER_NAME_VALID,
            (associate_id, type, person_id, user_name, select),
            options,
        )

    async def is_user_name_valid_with_reason(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        user_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserValidationResult]:
        """``POST Agents/User/IsUserNameValidWithReason``: Online Restricted: the User agent is not available in Online by default."""
        return await self._raw(
            ops.V1_USER_AGENT_IS_USER_NAME_VALID_WITH_REASON,
            (associate_id, type, person_id, user_name, select),
            options,
        )

    async def make_retired(
        self,
        associate_id: int,
        retired: bool,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/MakeRetired``: Retiring a user means to remove all licenses, setting person."""
        return await self._raw(
            ops.V1_USER_AGENT_MAKE_RETIRED, (associate_id, retired, select), options
        )

    async def register_with_access_gateway(
        self,
        redirect_uri: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AccessGatewayInfo]:
        """``POST Agents/User/RegisterWithAccessGateway``: Registers with access gateway if not already done, otherwise will attempt to update.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_REGISTER_WITH_ACCESS_GATEWAY,
            (redirect_uri, select),
            options,
        )

    async def remove_licenses(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/RemoveLicenses``: Remove all user licenses."""
        return await self._raw(
            ops.V1_USER_AGENT_REMOVE_LICENSES, (associate_id, select), options
        )

    async def remove_owner_contact(
        self,
        contact_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/RemoveOwnerContact``: Remove a contact from the ownercontactlink table."""
        return await self._raw(
            ops.V1_USER_AGENT_REMOVE_OWNER_CONTACT, (contact_id, select), options
        )

    async def remove_untrusted_credentials(
        self,
        type: str,
        public_value: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/RemoveUntrustedCredentials``: Remove a credentials entry for authenticated user."""
        return await self._raw(
            ops.V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS,
            (type, public_value, select),
            options,
        )

    async def remove_untrusted_credentials_for_associate(
        self,
        associate_id: int,
        type: str,
        public_value: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/RemoveUntrustedCredentialsForAssociate``: Remove a credentials entry for a specified user."""
        return await self._raw(
            ops.V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
            (associate_id, type, public_value, select),
            options,
        )

    async def resolve_user_from_info(
        self,
        contact_id: int,
        person_name: str,
        phone_numbers: list[str] | None,
        emails: list[str] | None,
        user_type: UserType | str | None,
        credential: Credential | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ResolvedUser]:
        """``POST Agents/User/ResolveUserFromInfo``: Get a user from the provided information.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_RESOLVE_USER_FROM_INFO,
            (
                contact_id,
                person_name,
                phone_numbers,
                emails,
                user_type,
                credential,
                select,
            ),
            options,
        )

    async def save_credential(
        self,
        user_id: int,
        credential: Credential | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/SaveCredential``: Save (adds/replaces) current credential of the same type for the user."""
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_CREDENTIAL, (user_id, credential, select), options
        )

    async def save_external_tokens(
        self,
        token_management_info: TokenManagementInfo | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/SaveExternalTokens``: Saves the external tokens to the DB and returns a key that can be used to retrieve them.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_EXTERNAL_TOKENS,
            (token_management_info, select),
            options,
        )

    async def save_role_entity(
        self,
        role_entity: RoleEntity,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RoleEntity]:
        """``POST Agents/User/SaveRoleEntity``: Updates the existing RoleEntity or creates a new RoleEntity if the id parameter is 0.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_ROLE_ENTITY, (role_entity, replace), options
        )

    async def save_service_auth(
        self,
        service_auth: ServiceAuth,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ServiceAuth]:
        """``POST Agents/User/SaveServiceAuth``: Updates the existing ServiceAuth or creates a new ServiceAuth if the id parameter is 0.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_SERVICE_AUTH, (service_auth, replace), options
        )

    async def save_untrusted_credentials(
        self,
        type: str,
        credentials: UntrustedCredentials | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/SaveUntrustedCredentials``: Save credentials for authenticated user."""
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS,
            (type, credentials, select),
            options,
        )

    async def save_untrusted_credentials_for_associate(
        self,
        associate_id: int,
        type: str,
        credentials: UntrustedCredentials | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/SaveUntrustedCredentialsForAssociate``: Save credentials for a specified user."""
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
            (associate_id, type, credentials, select),
            options,
        )

    async def save_user(
        self,
        user: User | UserWithLinks,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User]:
        """``POST Agents/User/SaveUser``: Updates the existing User or creates a new User if the id parameter is empty.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(ops.V1_USER_AGENT_SAVE_USER, (user, replace), options)

    async def save_user_from_name(
        self,
        user_name: str,
        user: User | UserWithLinks | None,
        *,
        select: SelectArg = None,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[User | None]:
        """``POST Agents/User/SaveUserFromName``: Save a user, with lookup based on the user name.

        None: the server answered ``200 null`` (not found).
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_USER_FROM_NAME,
            (user_name, user, select, replace),
            options,
        )

    async def save_user_group(
        self,
        user_group: UserGroup | None,
        *,
        select: SelectArg = None,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserGroup]:
        """``POST Agents/User/SaveUserGroup``: Save a user group.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SAVE_USER_GROUP, (user_group, select, replace), options
        )

    async def send_change_password_email(
        self,
        associate_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[OperationResult]:
        """``POST Agents/User/SendChangePasswordEMail``: Send a change password email to this users registered address.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SEND_CHANGE_PASSWORD_EMAIL,
            (associate_id, select),
            options,
        )

    async def set_data_right(
        self,
        role_id: int,
        table_name: str,
        relation_to_owner: RelationToOwnerType | str | None,
        data_right_value: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/SetDataRight``: Set one specific data right at the given position."""
        return await self._raw(
            ops.V1_USER_AGENT_SET_DATA_RIGHT,
            (role_id, table_name, relation_to_owner, data_right_value, select),
            options,
        )

    async def set_external_user_info(
        self,
        associate_id: int,
        user_name: str,
        password: str,
        is_active: bool,
        role_id: int,
        external_user_info_modification: ExternalUserInfoModification | str | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/SetExternalUserInfo``: Modifies an external user."""
        return await self._raw(
            ops.V1_USER_AGENT_SET_EXTERNAL_USER_INFO,
            (
                associate_id,
                user_name,
                password,
                is_active,
                role_id,
                external_user_info_modification,
                select,
            ),
            options,
        )

    async def set_functional_rights(
        self,
        role_id: int,
        functional_right_ids: list[int] | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[None]:
        """``POST Agents/User/SetFunctionalRights``: Set all functional rights for the given role."""
        return await self._raw(
            ops.V1_USER_AGENT_SET_FUNCTIONAL_RIGHTS,
            (role_id, functional_right_ids, select),
            options,
        )

    async def set_generated_password(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/SetGeneratedPassword``: Online Restricted: the User agent is not available in Online by default.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SET_GENERATED_PASSWORD, (associate_id, select), options
        )

    async def set_generated_password_from_name(
        self,
        associate_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[str]:
        """``POST Agents/User/SetGeneratedPasswordFromName``: Online Restricted: the User agent is not available in Online by default.

        Never repeated once it may have reached the server.
        """
        return await self._raw(
            ops.V1_USER_AGENT_SET_GENERATED_PASSWORD_FROM_NAME,
            (associate_name, select),
            options,
        )

    async def set_password(
        self,
        associate_id: int,
        password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/SetPassword``: Change password for a user."""
        return await self._raw(
            ops.V1_USER_AGENT_SET_PASSWORD, (associate_id, password, select), options
        )

    async def set_password_from_name(
        self,
        associate_name: str,
        password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bool]:
        """``POST Agents/User/SetPasswordFromName``: Change password for a user."""
        return await self._raw(
            ops.V1_USER_AGENT_SET_PASSWORD_FROM_NAME,
            (associate_name, password, select),
            options,
        )

    async def set_user_presence_status(
        self,
        associate_id: int,
        user_presence_status: UserPresenceStatus | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[UserPresenceStatus]:
        """``POST Agents/User/SetUserPresenceStatus``: Set user presence status."""
        return await self._raw(
            ops.V1_USER_AGENT_SET_USER_PRESENCE_STATUS,
            (associate_id, user_presence_status, select),
            options,
        )

    async def validate_user(
        self,
        user: User | UserWithLinks | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[dict[str, str]]:
        """``POST Agents/User/ValidateUser``: Check that entity is ready for saving, return error messages by field."""
        return await self._raw(ops.V1_USER_AGENT_VALIDATE_USER, (user, select), options)


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

    async def add_owner_contact(
        self,
        contact_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/AddOwnerContact``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_ADD_OWNER_CONTACT, (contact_id, select), options
        )

    async def can_change_password(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/CanChangePassword``: Check if the current assoicate can change the password for an associate."""
        return await self._call(
            ops.V1_USER_AGENT_CAN_CHANGE_PASSWORD, (associate_id, select), options
        )

    async def change_own_password(
        self,
        old_password: str,
        new_password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/ChangeOwnPassword``: Change password for a user.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_CHANGE_OWN_PASSWORD,
            (old_password, new_password, select),
            options,
        )

    async def change_password(
        self,
        associate_id: int,
        old_password: str,
        new_password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/ChangePassword``: Change password for a user.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_CHANGE_PASSWORD,
            (associate_id, old_password, new_password, select),
            options,
        )

    async def change_password_from_name(
        self,
        associate_name: str,
        old_password: str,
        new_password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/ChangePasswordFromName``: Change password for a user.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_CHANGE_PASSWORD_FROM_NAME,
            (associate_name, old_password, new_password, select),
            options,
        )

    async def change_user_type(
        self,
        user: User | UserWithLinks | None,
        user_type: UserType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/ChangeUserType``: Get a user from the user name."""
        return await self._call(
            ops.V1_USER_AGENT_CHANGE_USER_TYPE, (user, user_type, select), options
        )

    async def check_access_gateway_registration(
        self,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/CheckAccessGatewayRegistration``: Checks if AccessGatewayRegistration is valid."""
        return await self._call(
            ops.V1_USER_AGENT_CHECK_ACCESS_GATEWAY_REGISTRATION, (select,), options
        )

    async def create_default_role_entity(
        self,
        **options: Unpack[CallOptions],
    ) -> RoleEntity:
        """``POST Agents/User/CreateDefaultRoleEntity``: Loading default values into a new RoleEntity."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY, (), options
        )

    async def create_default_role_entity_from_type(
        self,
        type: RoleType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RoleEntity:
        """``POST Agents/User/CreateDefaultRoleEntityFromType``: Create a new role entity of the specified role type."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE,
            (type, select),
            options,
        )

    async def create_default_service_auth(
        self,
        **options: Unpack[CallOptions],
    ) -> ServiceAuth:
        """``POST Agents/User/CreateDefaultServiceAuth``: Loading default values into a new ServiceAuth."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_SERVICE_AUTH, (), options
        )

    async def create_default_untrusted_credentials(
        self,
        **options: Unpack[CallOptions],
    ) -> UntrustedCredentials:
        """``POST Agents/User/CreateDefaultUntrustedCredentials``: Loading default values into a new UntrustedCredentials."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_UNTRUSTED_CREDENTIALS, (), options
        )

    async def create_default_user(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/CreateDefaultUser``: Set default values into a new User."""
        return await self._call(ops.V1_USER_AGENT_CREATE_DEFAULT_USER, (), options)

    async def create_default_user_from_user_type(
        self,
        user_type: UserType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/CreateDefaultUserFromUserType``: Create default User providing the user type."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE,
            (user_type, select),
            options,
        )

    async def create_default_user_from_user_type_and_credential(
        self,
        user_type: UserType | str | None,
        contact_id: int,
        credential_type: str,
        credential_value: str,
        credential_display_value: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/CreateDefaultUserFromUserTypeAndCredential``: Creates a PersonEntity with default values based on the contactId and credentials."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL,
            (
                user_type,
                contact_id,
                credential_type,
                credential_value,
                credential_display_value,
                select,
            ),
            options,
        )

    async def create_default_user_from_user_type_and_person_id(
        self,
        user_type: UserType | str | None,
        person_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/CreateDefaultUserFromUserTypeAndPersonId``: Create default User providing the associate type and person id."""
        return await self._call(
            ops.V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
            (user_type, person_id, select),
            options,
        )

    async def create_external_user(
        self,
        person_id: int,
        user_name: str,
        password: str,
        role_id: int,
        is_active: bool,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> int:
        """``POST Agents/User/CreateExternalUser``: Creates an associate of type external user.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_CREATE_EXTERNAL_USER,
            (person_id, user_name, password, role_id, is_active, select),
            options,
        )

    async def create_user_group(
        self,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserGroup:
        """``POST Agents/User/CreateUserGroup``: Create UserGroup (Rank is assigned to the highest rank).

        Never repeated once it may have reached the server.
        """
        return await self._call(ops.V1_USER_AGENT_CREATE_USER_GROUP, (select,), options)

    async def decrypt_and_save_external_tokens(
        self,
        token_management_info: TokenManagementInfo | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/DecryptAndSaveExternalTokens``: First asks AccessGateway to decrypt the tokens, then saves the external tokens to the DB and returns a key that can be used to retrieve them.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_DECRYPT_AND_SAVE_EXTERNAL_TOKENS,
            (token_management_info, select),
            options,
        )

    async def delete_credential(
        self,
        user_id: int,
        credential_type: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/DeleteCredential``: Remove credential of a specific type for a user."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_CREDENTIAL,
            (user_id, credential_type, select),
            options,
        )

    async def delete_external_user(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteExternalUser``: Deletes an associate of type external user."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_EXTERNAL_USER, (associate_id, select), options
        )

    async def delete_role(
        self,
        role_id_to_delete: int,
        replacing_role_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteRole``: Delete the specified role and move all users associated with the role to the replacingRoleId."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_ROLE,
            (role_id_to_delete, replacing_role_id, select),
            options,
        )

    async def delete_service_auth(
        self,
        service_auth_id: int,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteServiceAuth``: Deletes the ServiceAuth."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_SERVICE_AUTH, (service_auth_id,), options
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
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteUserFromName``: Delete a user, with lookup based on the user name."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_USER_FROM_NAME, (user_name, select), options
        )

    async def delete_user_group(
        self,
        user_group_to_delete: int,
        user_group_to_move_to: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/DeleteUserGroup``: Delete a usergroup and move its members to another usergroup."""
        return await self._call(
            ops.V1_USER_AGENT_DELETE_USER_GROUP,
            (user_group_to_delete, user_group_to_move_to, select),
            options,
        )

    async def exchange_code_and_save_tokens(
        self,
        provider: str,
        authorization_code: str,
        nonce: str,
        pkce_verifier: str,
        redirect_uri: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/ExchangeCodeAndSaveTokens``: Exchanges an authorization code for tokens.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_EXCHANGE_CODE_AND_SAVE_TOKENS,
            (provider, authorization_code, nonce, pkce_verifier, redirect_uri, select),
            options,
        )

    async def execute_user_command(
        self,
        command_name: str,
        user: User | UserWithLinks | None,
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

    async def find_credential_users(
        self,
        type: str,
        search_string: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> CredentialsGroupUsers:
        """``POST Agents/User/FindCredentialUsers``: Find users matching the partial name."""
        return await self._call(
            ops.V1_USER_AGENT_FIND_CREDENTIAL_USERS,
            (type, search_string, select),
            options,
        )

    async def find_credentials_groups(
        self,
        type: str,
        search_string: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[CredentialsGroup]:
        """``POST Agents/User/FindCredentialsGroups``: Get user groups holding users filtered by the searchString."""
        return await self._call(
            ops.V1_USER_AGENT_FIND_CREDENTIALS_GROUPS,
            (type, search_string, select),
            options,
        )

    async def find_roles_with_functional_right(
        self,
        functional_right_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[MDOListItem]:
        """``POST Agents/User/FindRolesWithFunctionalRight``: Find all roles with a given functional right."""
        return await self._call(
            ops.V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHT,
            (functional_right_name, select),
            options,
        )

    async def find_roles_with_functional_rights(
        self,
        functional_right_names: list[str] | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[int]:
        """``POST Agents/User/FindRolesWithFunctionalRights``: Find all roles with a given set of functional rights."""
        return await self._call(
            ops.V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHTS,
            (functional_right_names, select),
            options,
        )

    async def find_roles_without_functional_rights(
        self,
        functional_right_names: list[str] | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[int]:
        """``POST Agents/User/FindRolesWithoutFunctionalRights``: Find all roles without a given set of functional rights."""
        return await self._call(
            ops.V1_USER_AGENT_FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS,
            (functional_right_names, select),
            options,
        )

    async def generate_new_password_for_external_user(
        self,
        associate_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/GenerateNewPasswordForExternalUser``: Generates a new password for an external user.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER,
            (associate_name, select),
            options,
        )

    async def get_access_gateway_info(
        self,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> AccessGatewayInfo:
        """``POST Agents/User/GetAccessGatewayInfo``: Returns accessgateway registration info."""
        return await self._call(
            ops.V1_USER_AGENT_GET_ACCESS_GATEWAY_INFO, (select,), options
        )

    async def get_access_token(
        self,
        app_token: str,
        include_cs_session: bool,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/GetAccessToken``: Get an access token based on the current user's session."""
        return await self._call(
            ops.V1_USER_AGENT_GET_ACCESS_TOKEN,
            (app_token, include_cs_session, select),
            options,
        )

    async def get_all_data_rights(
        self,
        role_id: int,
        relation_to_owner: RelationToOwnerType | str | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``POST Agents/User/GetAllDataRights``: Get a list of all data rights for the given role, filtered by relation to owner."""
        return await self._call(
            ops.V1_USER_AGENT_GET_ALL_DATA_RIGHTS,
            (role_id, relation_to_owner, select),
            options,
        )

    async def get_all_functional_rights(
        self,
        role_type: RoleType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[SelectableMDOListItem]:
        """``POST Agents/User/GetAllFunctionalRights``: Get a list of all functional rights for the given type of role."""
        return await self._call(
            ops.V1_USER_AGENT_GET_ALL_FUNCTIONAL_RIGHTS, (role_type, select), options
        )

    async def get_all_roles(
        self,
        role_type: RoleType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[SelectableMDOListItem]:
        """``POST Agents/User/GetAllRoles``: Get a list of all roles for the given type of role."""
        return await self._call(
            ops.V1_USER_AGENT_GET_ALL_ROLES, (role_type, select), options
        )

    async def get_all_user_groups(
        self,
        include_deleted: bool,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[UserGroup]:
        """``POST Agents/User/GetAllUserGroups``: Get all user groups."""
        return await self._call(
            ops.V1_USER_AGENT_GET_ALL_USER_GROUPS, (include_deleted, select), options
        )

    async def get_credential_types(
        self,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[CredentialType]:
        """``POST Agents/User/GetCredentialTypes``: Get available credential types that can be used for authentication."""
        return await self._call(
            ops.V1_USER_AGENT_GET_CREDENTIAL_TYPES, (select,), options
        )

    async def get_credential_types_for_user_type(
        self,
        user_type: UserType | str | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[CredentialType]:
        """``POST Agents/User/GetCredentialTypesForUserType``: Get available credential types that can be used for the specified user type."""
        return await self._call(
            ops.V1_USER_AGENT_GET_CREDENTIAL_TYPES_FOR_USER_TYPE,
            (user_type, select),
            options,
        )

    async def get_credential_users_in_group(
        self,
        type: str,
        group_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> CredentialsGroupUsers:
        """``POST Agents/User/GetCredentialUsersInGroup``: Get credential users within a user group."""
        return await self._call(
            ops.V1_USER_AGENT_GET_CREDENTIAL_USERS_IN_GROUP,
            (type, group_name, select),
            options,
        )

    async def get_data_right(
        self,
        role_id: int,
        table_name: str,
        relation_to_owner: RelationToOwnerType | str | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/GetDataRight``: Read one specific data right at the given position."""
        return await self._call(
            ops.V1_USER_AGENT_GET_DATA_RIGHT,
            (role_id, table_name, relation_to_owner, select),
            options,
        )

    async def get_data_rights(
        self,
        role_id: int,
        table_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``POST Agents/User/GetDataRights``: Read specific a set of data rights at the given row in the rights matrix."""
        return await self._call(
            ops.V1_USER_AGENT_GET_DATA_RIGHTS, (role_id, table_name, select), options
        )

    async def get_default_associate_user_name(
        self,
        user: User | UserWithLinks | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/GetDefaultAssociateUserName``: Get the default username for a person."""
        return await self._call(
            ops.V1_USER_AGENT_GET_DEFAULT_ASSOCIATE_USER_NAME, (user, select), options
        )

    async def get_external_tokens(
        self,
        key: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> TokenManagementInfo:
        """``POST Agents/User/GetExternalTokens``: Retrieve the tokens from the DB based on the given key."""
        return await self._call(
            ops.V1_USER_AGENT_GET_EXTERNAL_TOKENS, (key, select), options
        )

    async def get_functional_rights(
        self,
        role_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[SelectableMDOListItem]:
        """``POST Agents/User/GetFunctionalRights``: Get all functional rights for the given role."""
        return await self._call(
            ops.V1_USER_AGENT_GET_FUNCTIONAL_RIGHTS, (role_id, select), options
        )

    async def get_or_register_access_gateway_info(
        self,
        redirect_uri: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> AccessGatewayInfo:
        """``POST Agents/User/GetOrRegisterAccessGatewayInfo``: Returns accessgateway registration info and registers a new or adds the url if necessary."""
        return await self._call(
            ops.V1_USER_AGENT_GET_OR_REGISTER_ACCESS_GATEWAY_INFO,
            (redirect_uri, select),
            options,
        )

    async def get_role(
        self,
        role_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> Role | None:
        """``POST Agents/User/GetRole``: Gets a Role object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(ops.V1_USER_AGENT_GET_ROLE, (role_id, select), options)

    async def get_role_entity(
        self,
        role_entity_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> RoleEntity | None:
        """``POST Agents/User/GetRoleEntity``: Gets a RoleEntity object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_GET_ROLE_ENTITY, (role_entity_id, select), options
        )

    async def get_service_auth(
        self,
        service_auth_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> ServiceAuth | None:
        """``POST Agents/User/GetServiceAuth``: Gets a ServiceAuth object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_GET_SERVICE_AUTH, (service_auth_id, select), options
        )

    async def get_supported_change_password_types(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> list[ChangePasswordType | str]:
        """``POST Agents/User/GetSupportedChangePasswordTypes``: Get the different methods the user can use to change password."""
        return await self._call(
            ops.V1_USER_AGENT_GET_SUPPORTED_CHANGE_PASSWORD_TYPES,
            (associate_id, select),
            options,
        )

    async def get_untrusted_credentials(
        self,
        type: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[UntrustedCredentials]:
        """``POST Agents/User/GetUntrustedCredentials``: Get a set of credentials of a specified type for authenticated user."""
        return await self._call(
            ops.V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS, (type, select), options
        )

    async def get_untrusted_credentials_for_associate(
        self,
        associate_id: int,
        type: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[UntrustedCredentials]:
        """``POST Agents/User/GetUntrustedCredentialsForAssociate``: Get a set of credentials of a specified type for a specified user."""
        return await self._call(
            ops.V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
            (associate_id, type, select),
            options,
        )

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
        user: User | UserWithLinks | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[CustomCommand]:
        """``POST Agents/User/GetUserCommands``: Get registered custom commands for User."""
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_COMMANDS, (user, select), options
        )

    async def get_user_from_ej_user_id(
        self,
        ej_user_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[User]:
        """``POST Agents/User/GetUserFromEjUserId``: Get user from ejUserId - used for eJournal Legacy Support."""
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_FROM_EJ_USER_ID, (ej_user_id, select), options
        )

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
    ) -> list[User]:
        """``POST Agents/User/GetUserFromPersonId``: Returns the users associated with the supplied person id."""
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_FROM_PERSON_ID, (person_id, select), options
        )

    async def get_user_group(
        self,
        user_group_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserGroup | None:
        """``POST Agents/User/GetUserGroup``: Gets a UserGroup object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_GROUP, (user_group_id, select), options
        )

    async def get_user_group_list(
        self,
        user_group_ids: list[int],
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[UserGroup]:
        """``POST Agents/User/GetUserGroupList``: Gets an array of UserGroup objects."""
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_GROUP_LIST, (user_group_ids, select), options
        )

    async def get_user_info(
        self,
        user_info_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserInfo | None:
        """``POST Agents/User/GetUserInfo``: Gets a UserInfo object.

        None: the server answered ``200 null`` (not found).
        """
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_INFO, (user_info_id, select), options
        )

    async def get_user_info_list(
        self,
        user_info_ids: list[int],
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> list[UserInfo]:
        """``POST Agents/User/GetUserInfoList``: Gets an array of UserInfo objects."""
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_INFO_LIST, (user_info_ids, select), options
        )

    async def get_user_presence_status(
        self,
        associate_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserPresenceStatus:
        """``POST Agents/User/GetUserPresenceStatus``: Get user presence status."""
        return await self._call(
            ops.V1_USER_AGENT_GET_USER_PRESENCE_STATUS, (associate_id, select), options
        )

    async def get_valid_user_name(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        user_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/GetValidUserName``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_GET_VALID_USER_NAME,
            (associate_id, type, person_id, user_name, select),
            options,
        )

    async def get_valid_user_name_for_new_user(
        self,
        user: User | UserWithLinks | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/GetValidUserNameForNewUser``: Generates a valid username for an unsaved user."""
        return await self._call(
            ops.V1_USER_AGENT_GET_VALID_USER_NAME_FOR_NEW_USER, (user, select), options
        )

    async def is_nick_name_unique(
        self,
        associate_id: int,
        nick_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/IsNickNameUnique``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_IS_NICK_NAME_UNIQUE,
            (associate_id, nick_name, select),
            options,
        )

    async def is_password_valid(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/IsPasswordValid``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_IS_PASSWORD_VALID,
            (associate_id, type, person_id, password, select),
            options,
        )

    async def is_password_valid_with_reason(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        password: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserValidationResult:
        """``POST Agents/User/IsPasswordValidWithReason``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_IS_PASSWORD_VALID_WITH_REASON,
            (associate_id, type, person_id, password, select),
            options,
        )

    async def is_user_name_valid(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        user_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/IsUserNameValid``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_IS_USER_NAME_VALID,
            (associate_id, type, person_id, user_name, select),
            options,
        )

    async def is_user_name_valid_with_reason(
        self,
        associate_id: int,
        type: UserType | str | None,
        person_id: int,
        user_name: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserValidationResult:
        """``POST Agents/User/IsUserNameValidWithReason``: Online Restricted: the User agent is not available in Online by default."""
        return await self._call(
            ops.V1_USER_AGENT_IS_USER_NAME_VALID_WITH_REASON,
            (associate_id, type, person_id, user_name, select),
            options,
        )

    async def make_retired(
        self,
        associate_id: int,
        retired: bool,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/MakeRetired``: Retiring a user means to remove all licenses, setting person."""
        return await self._call(
            ops.V1_USER_AGENT_MAKE_RETIRED, (associate_id, retired, select), options
        )

    async def register_with_access_gateway(
        self,
        redirect_uri: str,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> AccessGatewayInfo:
        """``POST Agents/User/RegisterWithAccessGateway``: Registers with access gateway if not already done, otherwise will attempt to update.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_REGISTER_WITH_ACCESS_GATEWAY,
            (redirect_uri, select),
            options,
        )

    async def remove_licenses(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/RemoveLicenses``: Remove all user licenses."""
        return await self._call(
            ops.V1_USER_AGENT_REMOVE_LICENSES, (associate_id, select), options
        )

    async def remove_owner_contact(
        self,
        contact_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/RemoveOwnerContact``: Remove a contact from the ownercontactlink table."""
        return await self._call(
            ops.V1_USER_AGENT_REMOVE_OWNER_CONTACT, (contact_id, select), options
        )

    async def remove_untrusted_credentials(
        self,
        type: str,
        public_value: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/RemoveUntrustedCredentials``: Remove a credentials entry for authenticated user."""
        return await self._call(
            ops.V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS,
            (type, public_value, select),
            options,
        )

    async def remove_untrusted_credentials_for_associate(
        self,
        associate_id: int,
        type: str,
        public_value: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/RemoveUntrustedCredentialsForAssociate``: Remove a credentials entry for a specified user."""
        return await self._call(
            ops.V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
            (associate_id, type, public_value, select),
            options,
        )

    async def resolve_user_from_info(
        self,
        contact_id: int,
        person_name: str,
        phone_numbers: list[str] | None,
        emails: list[str] | None,
        user_type: UserType | str | None,
        credential: Credential | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> ResolvedUser:
        """``POST Agents/User/ResolveUserFromInfo``: Get a user from the provided information.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_RESOLVE_USER_FROM_INFO,
            (
                contact_id,
                person_name,
                phone_numbers,
                emails,
                user_type,
                credential,
                select,
            ),
            options,
        )

    async def save_credential(
        self,
        user_id: int,
        credential: Credential | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/SaveCredential``: Save (adds/replaces) current credential of the same type for the user."""
        return await self._call(
            ops.V1_USER_AGENT_SAVE_CREDENTIAL, (user_id, credential, select), options
        )

    async def save_external_tokens(
        self,
        token_management_info: TokenManagementInfo | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/SaveExternalTokens``: Saves the external tokens to the DB and returns a key that can be used to retrieve them.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_SAVE_EXTERNAL_TOKENS,
            (token_management_info, select),
            options,
        )

    async def save_role_entity(
        self,
        role_entity: RoleEntity,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> RoleEntity:
        """``POST Agents/User/SaveRoleEntity``: Updates the existing RoleEntity or creates a new RoleEntity if the id parameter is 0.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(
            ops.V1_USER_AGENT_SAVE_ROLE_ENTITY, (role_entity, replace), options
        )

    async def save_service_auth(
        self,
        service_auth: ServiceAuth,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> ServiceAuth:
        """``POST Agents/User/SaveServiceAuth``: Updates the existing ServiceAuth or creates a new ServiceAuth if the id parameter is 0.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(
            ops.V1_USER_AGENT_SAVE_SERVICE_AUTH, (service_auth, replace), options
        )

    async def save_untrusted_credentials(
        self,
        type: str,
        credentials: UntrustedCredentials | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/SaveUntrustedCredentials``: Save credentials for authenticated user."""
        return await self._call(
            ops.V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS,
            (type, credentials, select),
            options,
        )

    async def save_untrusted_credentials_for_associate(
        self,
        associate_id: int,
        type: str,
        credentials: UntrustedCredentials | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/SaveUntrustedCredentialsForAssociate``: Save credentials for a specified user."""
        return await self._call(
            ops.V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
            (associate_id, type, credentials, select),
            options,
        )

    async def save_user(
        self,
        user: User | UserWithLinks,
        *,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> User:
        """``POST Agents/User/SaveUser``: Updates the existing User or creates a new User if the id parameter is empty.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(ops.V1_USER_AGENT_SAVE_USER, (user, replace), options)

    async def save_user_from_name(
        self,
        user_name: str,
        user: User | UserWithLinks | None,
        *,
        select: SelectArg = None,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> User | None:
        """``POST Agents/User/SaveUserFromName``: Save a user, with lookup based on the user name.

        None: the server answered ``200 null`` (not found).
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(
            ops.V1_USER_AGENT_SAVE_USER_FROM_NAME,
            (user_name, user, select, replace),
            options,
        )

    async def save_user_group(
        self,
        user_group: UserGroup | None,
        *,
        select: SelectArg = None,
        replace: bool = False,
        **options: Unpack[CallOptions],
    ) -> UserGroup:
        """``POST Agents/User/SaveUserGroup``: Save a user group.

        Never repeated once it may have reached the server.
        Replaces the whole entity: send a carrier read from the server (changed as you
        like); any other is refused unless ``replace=True``.
        """
        return await self._call(
            ops.V1_USER_AGENT_SAVE_USER_GROUP, (user_group, select, replace), options
        )

    async def send_change_password_email(
        self,
        associate_id: int,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> OperationResult:
        """``POST Agents/User/SendChangePasswordEMail``: Send a change password email to this users registered address.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_SEND_CHANGE_PASSWORD_EMAIL,
            (associate_id, select),
            options,
        )

    async def set_data_right(
        self,
        role_id: int,
        table_name: str,
        relation_to_owner: RelationToOwnerType | str | None,
        data_right_value: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/SetDataRight``: Set one specific data right at the given position."""
        return await self._call(
            ops.V1_USER_AGENT_SET_DATA_RIGHT,
            (role_id, table_name, relation_to_owner, data_right_value, select),
            options,
        )

    async def set_external_user_info(
        self,
        associate_id: int,
        user_name: str,
        password: str,
        is_active: bool,
        role_id: int,
        external_user_info_modification: ExternalUserInfoModification | str | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/SetExternalUserInfo``: Modifies an external user."""
        return await self._call(
            ops.V1_USER_AGENT_SET_EXTERNAL_USER_INFO,
            (
                associate_id,
                user_name,
                password,
                is_active,
                role_id,
                external_user_info_modification,
                select,
            ),
            options,
        )

    async def set_functional_rights(
        self,
        role_id: int,
        functional_right_ids: list[int] | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """``POST Agents/User/SetFunctionalRights``: Set all functional rights for the given role."""
        return await self._call(
            ops.V1_USER_AGENT_SET_FUNCTIONAL_RIGHTS,
            (role_id, functional_right_ids, select),
            options,
        )

    async def set_generated_password(
        self,
        associate_id: int,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/SetGeneratedPassword``: Online Restricted: the User agent is not available in Online by default.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_SET_GENERATED_PASSWORD, (associate_id, select), options
        )

    async def set_generated_password_from_name(
        self,
        associate_name: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> str:
        """``POST Agents/User/SetGeneratedPasswordFromName``: Online Restricted: the User agent is not available in Online by default.

        Never repeated once it may have reached the server.
        """
        return await self._call(
            ops.V1_USER_AGENT_SET_GENERATED_PASSWORD_FROM_NAME,
            (associate_name, select),
            options,
        )

    async def set_password(
        self,
        associate_id: int,
        password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/SetPassword``: Change password for a user."""
        return await self._call(
            ops.V1_USER_AGENT_SET_PASSWORD, (associate_id, password, select), options
        )

    async def set_password_from_name(
        self,
        associate_name: str,
        password: str,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> bool:
        """``POST Agents/User/SetPasswordFromName``: Change password for a user."""
        return await self._call(
            ops.V1_USER_AGENT_SET_PASSWORD_FROM_NAME,
            (associate_name, password, select),
            options,
        )

    async def set_user_presence_status(
        self,
        associate_id: int,
        user_presence_status: UserPresenceStatus | None,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserPresenceStatus:
        """``POST Agents/User/SetUserPresenceStatus``: Set user presence status."""
        return await self._call(
            ops.V1_USER_AGENT_SET_USER_PRESENCE_STATUS,
            (associate_id, user_presence_status, select),
            options,
        )

    async def validate_user(
        self,
        user: User | UserWithLinks | None,
        *,
        select: str | Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> dict[str, str]:
        """``POST Agents/User/ValidateUser``: Check that entity is ready for saving, return error messages by field."""
        return await self._call(
            ops.V1_USER_AGENT_VALIDATE_USER, (user, select), options
        )


RESOURCE_ATTRIBUTES: dict[str, str] = {
    "User": "users",
    "UserAgent": "user_agent",
}
"""The client attribute of each tag's resource."""
