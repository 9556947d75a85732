"""Every operation of the spec as data. Do not edit.

Written by tools/generate.py. The SDK's request function reads these facts; nothing re-derives
them from a URL or a module name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from . import models as m

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Param:
    """One argument: where it goes on the wire and how it is checked."""

    python: str
    """The argument's name in the typed method."""
    wire: str
    """Its name on the wire (query or header name, path placeholder, body property)."""
    location: str
    """path | query | header | body (the whole body) | field (a property of the body)"""
    kind: str
    """int | str | bool | enum | select | carrier | carrier_list | map | list | any"""
    required: bool = False
    nullable: bool = False
    type: str | None = None
    """The enum or carrier class's name in ``models``, for those kinds."""
    minimum: int | None = None
    maximum: int | None = None
    pattern: str | None = None
    min_length: int | None = None
    choices: tuple[str, ...] = ()
    reserved: tuple[str, ...] = ()
    """Path values that would reach another operation (matched case-insensitively)."""


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """What the SDK knows about one operation."""

    operation_id: str
    method: str
    path: str
    """The path template under the tenant's base URL, e.g. ``/api/v1/User/{id}``."""
    params: tuple[Param, ...]
    """In the order the typed method passes its arguments."""
    parse: Callable[[Any], T]
    """Turns the answer's JSON into the typed result (raises on a mismatch)."""
    idempotent: bool
    slow_ms: int
    select_carrier: str | None = None
    option_headers: tuple[tuple[str, str], ...] = ()
    """(option name, header name): headers filled from the client's or the call's options."""
    body: str | None = None
    """None, "value" (one argument is the body) or "fields" (arguments are its properties)."""
    no_content: bool = False
    """The success answer has no body (204)."""
    nullable: bool = False
    """A ``200 null`` answer ("not found" in the Agents) parses to None."""
    status: int = 200
    """The success status the spec documents; another 2xx is not the API as specified (0: any)."""


def _no_content(data: Any) -> None:
    return None


def _array(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise TypeError(f"expected an array, got {type(data).__name__}")
    return data


def _object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    return data


def _string_map(data: Any) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise TypeError("expected an object of strings")
    return dict(data)


def _typed(data: Any, kind: type[T]) -> T:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data


DEFAULT_SLOW_MS = 2000


def _parse_v1_user_agent_create_default_user(data: Any) -> m.User:
    return m.User.from_dict(_object(data))


V1_USER_AGENT_CREATE_DEFAULT_USER: Operation[m.User] = Operation(
    operation_id="v1UserAgent_CreateDefaultUser",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultUser",
    params=(),
    parse=_parse_v1_user_agent_create_default_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_agent_create_default_user_from_user_type(data: Any) -> m.User:
    return m.User.from_dict(_object(data))


V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE: Operation[m.User] = Operation(
    operation_id="v1UserAgent_CreateDefaultUserFromUserType",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultUserFromUserType",
    params=(
        Param("user_type", "userType", "query", "enum", type="UserType", required=True),
    ),
    parse=_parse_v1_user_agent_create_default_user_from_user_type,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_agent_delete_user(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_USER: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteUser",
    method="POST",
    path="/api/v1/Agents/User/DeleteUser",
    params=(
        Param(
            "user_id",
            "UserId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
    ),
    parse=_parse_v1_user_agent_delete_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    no_content=True,
    status=204,
)


def _parse_v1_user_agent_delete_user_from_name(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_USER_FROM_NAME: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteUserFromName",
    method="POST",
    path="/api/v1/Agents/User/DeleteUserFromName",
    params=(Param("user_name", "UserName", "field", "str", required=True),),
    parse=_parse_v1_user_agent_delete_user_from_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    no_content=True,
    status=204,
)


def _parse_v1_user_agent_execute_user_command(data: Any) -> m.CommandResult | None:
    return None if data is None else m.CommandResult.from_dict(_object(data))


V1_USER_AGENT_EXECUTE_USER_COMMAND: Operation[m.CommandResult | None] = Operation(
    operation_id="v1UserAgent_ExecuteUserCommand",
    method="POST",
    path="/api/v1/Agents/User/ExecuteUserCommand",
    params=(
        Param("command_name", "CommandName", "field", "str", required=True),
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
        ),
        Param(
            "action_result",
            "ActionResult",
            "field",
            "enum",
            type="CommandActionResult",
            nullable=True,
        ),
    ),
    parse=_parse_v1_user_agent_execute_user_command,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    nullable=True,
)


def _parse_v1_user_agent_get_credential_types(data: Any) -> list[m.CredentialType]:
    return [m.CredentialType.from_dict(_object(item)) for item in _array(data)]


V1_USER_AGENT_GET_CREDENTIAL_TYPES: Operation[list[m.CredentialType]] = Operation(
    operation_id="v1UserAgent_GetCredentialTypes",
    method="POST",
    path="/api/v1/Agents/User/GetCredentialTypes",
    params=(),
    parse=_parse_v1_user_agent_get_credential_types,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_agent_get_user(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(_object(data))


V1_USER_AGENT_GET_USER: Operation[m.User | None] = Operation(
    operation_id="v1UserAgent_GetUser",
    method="POST",
    path="/api/v1/Agents/User/GetUser",
    params=(
        Param(
            "user_id",
            "userId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user,
    idempotent=True,
    slow_ms=2000,
    select_carrier="User",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
)


def _parse_v1_user_agent_get_user_commands(data: Any) -> list[m.CustomCommand]:
    return [m.CustomCommand.from_dict(_object(item)) for item in _array(data)]


V1_USER_AGENT_GET_USER_COMMANDS: Operation[list[m.CustomCommand]] = Operation(
    operation_id="v1UserAgent_GetUserCommands",
    method="POST",
    path="/api/v1/Agents/User/GetUserCommands",
    params=(
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
        ),
    ),
    parse=_parse_v1_user_agent_get_user_commands,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
)


def _parse_v1_user_agent_get_user_from_name(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(_object(data))


V1_USER_AGENT_GET_USER_FROM_NAME: Operation[m.User | None] = Operation(
    operation_id="v1UserAgent_GetUserFromName",
    method="POST",
    path="/api/v1/Agents/User/GetUserFromName",
    params=(
        Param("user_name", "UserName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_from_name,
    idempotent=True,
    slow_ms=2000,
    select_carrier="User",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    nullable=True,
)


def _parse_v1_user_agent_get_user_from_person_id(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(_object(data))


V1_USER_AGENT_GET_USER_FROM_PERSON_ID: Operation[m.User | None] = Operation(
    operation_id="v1UserAgent_GetUserFromPersonId",
    method="POST",
    path="/api/v1/Agents/User/GetUserFromPersonId",
    params=(
        Param(
            "person_id",
            "personId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_from_person_id,
    idempotent=True,
    slow_ms=2000,
    select_carrier="User",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
)


def _parse_v1_user_agent_save_user(data: Any) -> m.User:
    return m.User.from_dict(_object(data))


V1_USER_AGENT_SAVE_USER: Operation[m.User] = Operation(
    operation_id="v1UserAgent_SaveUser",
    method="POST",
    path="/api/v1/Agents/User/SaveUser",
    params=(Param("user", "body", "body", "carrier", type="User", required=True),),
    parse=_parse_v1_user_agent_save_user,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
)


def _parse_v1_user_agent_save_user_from_name(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(_object(data))


V1_USER_AGENT_SAVE_USER_FROM_NAME: Operation[m.User | None] = Operation(
    operation_id="v1UserAgent_SaveUserFromName",
    method="POST",
    path="/api/v1/Agents/User/SaveUserFromName",
    params=(
        Param("user_name", "UserName", "field", "str", required=True),
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_save_user_from_name,
    idempotent=True,
    slow_ms=2000,
    select_carrier="User",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    nullable=True,
)


def _parse_v1_user_agent_validate_user(data: Any) -> dict[str, str]:
    return _string_map(data)


V1_USER_AGENT_VALIDATE_USER: Operation[dict[str, str]] = Operation(
    operation_id="v1UserAgent_ValidateUser",
    method="POST",
    path="/api/v1/Agents/User/ValidateUser",
    params=(
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
        ),
    ),
    parse=_parse_v1_user_agent_validate_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
)


def _parse_v1_user_get_all(data: Any) -> m.ODataSlimResponse:
    return m.ODataSlimResponse.from_dict(_object(data))


V1_USER_GET_ALL: Operation[m.ODataSlimResponse] = Operation(
    operation_id="v1User_GetAll",
    method="GET",
    path="/api/v1/User",
    params=(
        Param("select", "$select", "query", "select"),
        Param("filter", "$filter", "query", "str"),
        Param("order_by", "$orderBy", "query", "str"),
        Param("entities", "$entities", "query", "str"),
        Param("top", "$top", "query", "int", minimum=0, maximum=2147483647),
        Param("skip", "$skip", "query", "int", minimum=0, maximum=2147483647),
        Param("mode", "$mode", "query", "enum", type="ODataMode"),
        Param("odata_options", "$options", "query", "str"),
        Param("context", "$context", "query", "str"),
        Param("format", "$format", "query", "str", choices=("JSON",)),
        Param("json_safe", "$jsonSafe", "query", "bool"),
        Param("output", "$output", "query", "enum", type="ODataOutput"),
    ),
    parse=_parse_v1_user_get_all,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_post_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(_object(data))


V1_USER_POST_USER: Operation[m.UserWithLinks] = Operation(
    operation_id="v1User_PostUser",
    method="POST",
    path="/api/v1/User",
    params=(
        Param("user", "body", "body", "carrier", type="User", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_post_user,
    idempotent=False,
    slow_ms=2000,
    select_carrier="UserWithLinks",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
)


def _parse_v1_user_get_credential_types(data: Any) -> list[m.CredentialType]:
    return [m.CredentialType.from_dict(_object(item)) for item in _array(data)]


V1_USER_GET_CREDENTIAL_TYPES: Operation[list[m.CredentialType]] = Operation(
    operation_id="v1User_GetCredentialTypes",
    method="GET",
    path="/api/v1/User/CredentialTypes",
    params=(),
    parse=_parse_v1_user_get_credential_types,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_create_default_user_from_user_type_and_person_id(
    data: Any,
) -> m.User:
    return m.User.from_dict(_object(data))


V1_USER_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID: Operation[m.User] = Operation(
    operation_id="v1User_CreateDefaultUserFromUserTypeAndPersonId",
    method="GET",
    path="/api/v1/User/Default",
    params=(
        Param("user_type", "userType", "query", "enum", type="UserType"),
        Param("person_id", "personId", "query", "int", minimum=0, maximum=2147483647),
    ),
    parse=_parse_v1_user_create_default_user_from_user_type_and_person_id,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_validate_user(data: Any) -> dict[str, str]:
    return _string_map(data)


V1_USER_VALIDATE_USER: Operation[dict[str, str]] = Operation(
    operation_id="v1User_ValidateUser",
    method="POST",
    path="/api/v1/User/Validate",
    params=(Param("user", "body", "body", "carrier", type="User", required=True),),
    parse=_parse_v1_user_validate_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
)


def _parse_v1_user_get_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(_object(data))


V1_USER_GET_USER: Operation[m.UserWithLinks] = Operation(
    operation_id="v1User_GetUser",
    method="GET",
    path="/api/v1/User/{id}",
    params=(
        Param(
            "user_id",
            "id",
            "path",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
            reserved=("CredentialTypes", "Default"),
        ),
        Param("select", "$select", "query", "select"),
        Param("foreign_keys", "fk", "query", "bool"),
    ),
    parse=_parse_v1_user_get_user,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserWithLinks",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_put_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(_object(data))


V1_USER_PUT_USER: Operation[m.UserWithLinks] = Operation(
    operation_id="v1User_PutUser",
    method="PUT",
    path="/api/v1/User/{id}",
    params=(
        Param(
            "user_id", "id", "path", "int", required=True, minimum=1, maximum=2147483647
        ),
        Param("user", "body", "body", "carrier", type="User", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_put_user,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserWithLinks",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
)


def _parse_v1_user_delete_user(data: Any) -> None:
    return None


V1_USER_DELETE_USER: Operation[None] = Operation(
    operation_id="v1User_DeleteUser",
    method="DELETE",
    path="/api/v1/User/{id}",
    params=(
        Param(
            "user_id", "id", "path", "int", required=True, minimum=1, maximum=2147483647
        ),
    ),
    parse=_parse_v1_user_delete_user,
    idempotent=True,
    slow_ms=2000,
    no_content=True,
    status=204,
)


def _parse_v1_user_patch_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(_object(data))


V1_USER_PATCH_USER: Operation[m.UserWithLinks] = Operation(
    operation_id="v1User_PatchUser",
    method="PATCH",
    path="/api/v1/User/{id}",
    params=(
        Param(
            "user_id", "id", "path", "int", required=True, minimum=1, maximum=2147483647
        ),
        Param(
            "operations",
            "body",
            "body",
            "carrier_list",
            type="PatchOperation",
            required=True,
        ),
        Param("select", "$select", "query", "select"),
        Param("if_unmodified_since", "If-Unmodified-Since", "header", "str"),
    ),
    parse=_parse_v1_user_patch_user,
    idempotent=False,
    slow_ms=2000,
    select_carrier="UserWithLinks",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
)


def _parse_v1_user_get_user_commands_async(data: Any) -> list[m.CustomCommand]:
    return [m.CustomCommand.from_dict(_object(item)) for item in _array(data)]


V1_USER_GET_USER_COMMANDS_ASYNC: Operation[list[m.CustomCommand]] = Operation(
    operation_id="v1User_GetUserCommandsAsync",
    method="GET",
    path="/api/v1/User/{id}/CustomCommand",
    params=(
        Param(
            "user_id", "id", "path", "int", required=True, minimum=1, maximum=2147483647
        ),
    ),
    parse=_parse_v1_user_get_user_commands_async,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_execute_user_command_async(data: Any) -> m.CommandResult:
    return m.CommandResult.from_dict(_object(data))


V1_USER_EXECUTE_USER_COMMAND_ASYNC: Operation[m.CommandResult] = Operation(
    operation_id="v1User_ExecuteUserCommandAsync",
    method="POST",
    path="/api/v1/User/{id}/CustomCommand/{commandName}",
    params=(
        Param(
            "user_id", "id", "path", "int", required=True, minimum=1, maximum=2147483647
        ),
        Param(
            "command_name", "commandName", "path", "str", required=True, min_length=1
        ),
        Param(
            "action_result", "actionResult", "query", "enum", type="CommandActionResult"
        ),
    ),
    parse=_parse_v1_user_execute_user_command_async,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_get_user_from_name(data: Any) -> m.User:
    return m.User.from_dict(_object(data))


V1_USER_GET_USER_FROM_NAME: Operation[m.User] = Operation(
    operation_id="v1User_GetUserFromName",
    method="GET",
    path="/api/v1/User/{userName}",
    params=(
        Param(
            "user_name",
            "userName",
            "path",
            "str",
            required=True,
            pattern="^(?!-?[0-9]+$)[^/]+$",
            min_length=1,
            reserved=("CredentialTypes", "Default"),
        ),
    ),
    parse=_parse_v1_user_get_user_from_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
)


def _parse_v1_user_save_user_from_name(data: Any) -> m.User:
    return m.User.from_dict(_object(data))


V1_USER_SAVE_USER_FROM_NAME: Operation[m.User] = Operation(
    operation_id="v1User_SaveUserFromName",
    method="PUT",
    path="/api/v1/User/{userName}",
    params=(
        Param(
            "user_name",
            "userName",
            "path",
            "str",
            required=True,
            pattern="^(?!-?[0-9]+$)[^/]+$",
            min_length=1,
        ),
        Param("user", "body", "body", "carrier", type="User", required=True),
    ),
    parse=_parse_v1_user_save_user_from_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
)


def _parse_v1_user_delete_user_from_name(data: Any) -> None:
    return None


V1_USER_DELETE_USER_FROM_NAME: Operation[None] = Operation(
    operation_id="v1User_DeleteUserFromName",
    method="DELETE",
    path="/api/v1/User/{userName}",
    params=(
        Param(
            "user_name",
            "userName",
            "path",
            "str",
            required=True,
            pattern="^(?!-?[0-9]+$)[^/]+$",
            min_length=1,
        ),
    ),
    parse=_parse_v1_user_delete_user_from_name,
    idempotent=True,
    slow_ms=2000,
    no_content=True,
    status=204,
)


OPERATIONS: tuple[Operation[Any], ...] = (
    V1_USER_AGENT_CREATE_DEFAULT_USER,
    V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE,
    V1_USER_AGENT_DELETE_USER,
    V1_USER_AGENT_DELETE_USER_FROM_NAME,
    V1_USER_AGENT_EXECUTE_USER_COMMAND,
    V1_USER_AGENT_GET_CREDENTIAL_TYPES,
    V1_USER_AGENT_GET_USER,
    V1_USER_AGENT_GET_USER_COMMANDS,
    V1_USER_AGENT_GET_USER_FROM_NAME,
    V1_USER_AGENT_GET_USER_FROM_PERSON_ID,
    V1_USER_AGENT_SAVE_USER,
    V1_USER_AGENT_SAVE_USER_FROM_NAME,
    V1_USER_AGENT_VALIDATE_USER,
    V1_USER_GET_ALL,
    V1_USER_POST_USER,
    V1_USER_GET_CREDENTIAL_TYPES,
    V1_USER_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
    V1_USER_VALIDATE_USER,
    V1_USER_GET_USER,
    V1_USER_PUT_USER,
    V1_USER_DELETE_USER,
    V1_USER_PATCH_USER,
    V1_USER_GET_USER_COMMANDS_ASYNC,
    V1_USER_EXECUTE_USER_COMMAND_ASYNC,
    V1_USER_GET_USER_FROM_NAME,
    V1_USER_SAVE_USER_FROM_NAME,
    V1_USER_DELETE_USER_FROM_NAME,
)
"""Every operation of the spec, in path order."""

BY_ID: dict[str, Operation[Any]] = {op.operation_id: op for op in OPERATIONS}
