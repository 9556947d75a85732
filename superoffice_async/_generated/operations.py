"""Every operation of the spec as data. Do not edit.

Written by tools/generate.py. The SDK's request function reads these facts; nothing re-derives
them from a URL or a module name. The types are ``superoffice_async.operation``'s.
"""

from __future__ import annotations

from typing import Any

from ..operation import (
    Operation,
    Param,
    parse_array,
    parse_object,
    parse_open_enum,
    parse_string_map,
    parse_typed,
)
from . import models as m
from .types import decoder

__all__ = ["BY_ID", "DEFAULT_SLOW_MS", "OPERATIONS", "Operation", "Param"]


DEFAULT_SLOW_MS = 2000


def _parse_v1_user_agent_add_owner_contact(data: Any) -> None:
    return None


V1_USER_AGENT_ADD_OWNER_CONTACT: Operation[None] = Operation(
    operation_id="v1UserAgent_AddOwnerContact",
    method="POST",
    path="/api/v1/Agents/User/AddOwnerContact",
    params=(
        Param(
            "contact_id",
            "ContactId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_add_owner_contact,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="add_owner_contact",
)


def _parse_v1_user_agent_can_change_password(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_can_change_password(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_CAN_CHANGE_PASSWORD: Operation[bool] = Operation(
    operation_id="v1UserAgent_CanChangePassword",
    method="POST",
    path="/api/v1/Agents/User/CanChangePassword",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_can_change_password,
    decode=_decode_v1_user_agent_can_change_password,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="can_change_password",
)


def _parse_v1_user_agent_change_own_password(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_change_own_password(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_CHANGE_OWN_PASSWORD: Operation[bool] = Operation(
    operation_id="v1UserAgent_ChangeOwnPassword",
    method="POST",
    path="/api/v1/Agents/User/ChangeOwnPassword",
    params=(
        Param("old_password", "OldPassword", "field", "str", required=True),
        Param("new_password", "NewPassword", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_change_own_password,
    decode=_decode_v1_user_agent_change_own_password,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="change_own_password",
)


def _parse_v1_user_agent_change_password(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_change_password(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_CHANGE_PASSWORD: Operation[bool] = Operation(
    operation_id="v1UserAgent_ChangePassword",
    method="POST",
    path="/api/v1/Agents/User/ChangePassword",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("old_password", "OldPassword", "field", "str", required=True),
        Param("new_password", "NewPassword", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_change_password,
    decode=_decode_v1_user_agent_change_password,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="change_password",
)


def _parse_v1_user_agent_change_password_from_name(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_change_password_from_name(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_CHANGE_PASSWORD_FROM_NAME: Operation[bool] = Operation(
    operation_id="v1UserAgent_ChangePasswordFromName",
    method="POST",
    path="/api/v1/Agents/User/ChangePasswordFromName",
    params=(
        Param("associate_name", "AssociateName", "field", "str", required=True),
        Param("old_password", "OldPassword", "field", "str", required=True),
        Param("new_password", "NewPassword", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_change_password_from_name,
    decode=_decode_v1_user_agent_change_password_from_name,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="change_password_from_name",
)


def _parse_v1_user_agent_change_user_type(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_change_user_type(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_AGENT_CHANGE_USER_TYPE: Operation[m.User] = Operation(
    operation_id="v1UserAgent_ChangeUserType",
    method="POST",
    path="/api/v1/Agents/User/ChangeUserType",
    params=(
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
            accepts=("UserWithLinks",),
        ),
        Param(
            "user_type",
            "UserType",
            "field",
            "enum",
            type="UserType",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_change_user_type,
    decode=_decode_v1_user_agent_change_user_type,
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
    tag="UserAgent",
    method_name="change_user_type",
)


def _parse_v1_user_agent_check_access_gateway_registration(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_check_access_gateway_registration(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_CHECK_ACCESS_GATEWAY_REGISTRATION: Operation[bool] = Operation(
    operation_id="v1UserAgent_CheckAccessGatewayRegistration",
    method="POST",
    path="/api/v1/Agents/User/CheckAccessGatewayRegistration",
    params=(Param("select", "$select", "query", "select"),),
    parse=_parse_v1_user_agent_check_access_gateway_registration,
    decode=_decode_v1_user_agent_check_access_gateway_registration,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="check_access_gateway_registration",
)


def _parse_v1_user_agent_create_default_role_entity(data: Any) -> m.RoleEntity:
    return m.RoleEntity.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_role_entity(body: bytes) -> m.RoleEntity:
    decoded: m.RoleEntity = decoder(m.RoleEntity)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY: Operation[m.RoleEntity] = Operation(
    operation_id="v1UserAgent_CreateDefaultRoleEntity",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultRoleEntity",
    params=(),
    parse=_parse_v1_user_agent_create_default_role_entity,
    decode=_decode_v1_user_agent_create_default_role_entity,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="create_default_role_entity",
)


def _parse_v1_user_agent_create_default_role_entity_from_type(
    data: Any,
) -> m.RoleEntity:
    return m.RoleEntity.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_role_entity_from_type(
    body: bytes,
) -> m.RoleEntity:
    decoded: m.RoleEntity = decoder(m.RoleEntity)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE: Operation[m.RoleEntity] = Operation(
    operation_id="v1UserAgent_CreateDefaultRoleEntityFromType",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultRoleEntityFromType",
    params=(
        Param(
            "type",
            "Type",
            "field",
            "enum",
            type="RoleType",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_create_default_role_entity_from_type,
    decode=_decode_v1_user_agent_create_default_role_entity_from_type,
    idempotent=True,
    slow_ms=2000,
    select_carrier="RoleEntity",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="create_default_role_entity_from_type",
)


def _parse_v1_user_agent_create_default_service_auth(data: Any) -> m.ServiceAuth:
    return m.ServiceAuth.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_service_auth(body: bytes) -> m.ServiceAuth:
    decoded: m.ServiceAuth = decoder(m.ServiceAuth)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_SERVICE_AUTH: Operation[m.ServiceAuth] = Operation(
    operation_id="v1UserAgent_CreateDefaultServiceAuth",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultServiceAuth",
    params=(),
    parse=_parse_v1_user_agent_create_default_service_auth,
    decode=_decode_v1_user_agent_create_default_service_auth,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="create_default_service_auth",
)


def _parse_v1_user_agent_create_default_untrusted_credentials(
    data: Any,
) -> m.UntrustedCredentials:
    return m.UntrustedCredentials.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_untrusted_credentials(
    body: bytes,
) -> m.UntrustedCredentials:
    decoded: m.UntrustedCredentials = decoder(m.UntrustedCredentials)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_UNTRUSTED_CREDENTIALS: Operation[
    m.UntrustedCredentials
] = Operation(
    operation_id="v1UserAgent_CreateDefaultUntrustedCredentials",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultUntrustedCredentials",
    params=(),
    parse=_parse_v1_user_agent_create_default_untrusted_credentials,
    decode=_decode_v1_user_agent_create_default_untrusted_credentials,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="create_default_untrusted_credentials",
)


def _parse_v1_user_agent_create_default_user(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_user(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_USER: Operation[m.User] = Operation(
    operation_id="v1UserAgent_CreateDefaultUser",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultUser",
    params=(),
    parse=_parse_v1_user_agent_create_default_user,
    decode=_decode_v1_user_agent_create_default_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="create_default_user",
)


def _parse_v1_user_agent_create_default_user_from_user_type(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_user_from_user_type(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE: Operation[m.User] = Operation(
    operation_id="v1UserAgent_CreateDefaultUserFromUserType",
    method="POST",
    path="/api/v1/Agents/User/CreateDefaultUserFromUserType",
    params=(
        Param(
            "user_type",
            "UserType",
            "field",
            "enum",
            type="UserType",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_create_default_user_from_user_type,
    decode=_decode_v1_user_agent_create_default_user_from_user_type,
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
    tag="UserAgent",
    method_name="create_default_user_from_user_type",
)


def _parse_v1_user_agent_create_default_user_from_user_type_and_credential(
    data: Any,
) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_user_from_user_type_and_credential(
    body: bytes,
) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL: Operation[m.User] = (
    Operation(
        operation_id="v1UserAgent_CreateDefaultUserFromUserTypeAndCredential",
        method="POST",
        path="/api/v1/Agents/User/CreateDefaultUserFromUserTypeAndCredential",
        params=(
            Param(
                "user_type",
                "UserType",
                "field",
                "enum",
                type="UserType",
                required=True,
                nullable=True,
            ),
            Param(
                "contact_id",
                "ContactId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param("credential_type", "CredentialType", "field", "str", required=True),
            Param("credential_value", "CredentialValue", "field", "str", required=True),
            Param(
                "credential_display_value",
                "CredentialDisplayValue",
                "field",
                "str",
                required=True,
            ),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_create_default_user_from_user_type_and_credential,
        decode=_decode_v1_user_agent_create_default_user_from_user_type_and_credential,
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
        tag="UserAgent",
        method_name="create_default_user_from_user_type_and_credential",
    )
)


def _parse_v1_user_agent_create_default_user_from_user_type_and_person_id(
    data: Any,
) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_create_default_user_from_user_type_and_person_id(
    body: bytes,
) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID: Operation[m.User] = (
    Operation(
        operation_id="v1UserAgent_CreateDefaultUserFromUserTypeAndPersonId",
        method="POST",
        path="/api/v1/Agents/User/CreateDefaultUserFromUserTypeAndPersonId",
        params=(
            Param(
                "user_type",
                "UserType",
                "field",
                "enum",
                type="UserType",
                required=True,
                nullable=True,
            ),
            Param(
                "person_id",
                "PersonId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_create_default_user_from_user_type_and_person_id,
        decode=_decode_v1_user_agent_create_default_user_from_user_type_and_person_id,
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
        tag="UserAgent",
        method_name="create_default_user_from_user_type_and_person_id",
    )
)


def _parse_v1_user_agent_create_external_user(data: Any) -> int:
    return parse_typed(data, int)


def _decode_v1_user_agent_create_external_user(body: bytes) -> int:
    decoded: int = decoder(int)(body)
    return decoded


V1_USER_AGENT_CREATE_EXTERNAL_USER: Operation[int] = Operation(
    operation_id="v1UserAgent_CreateExternalUser",
    method="POST",
    path="/api/v1/Agents/User/CreateExternalUser",
    params=(
        Param(
            "person_id",
            "PersonId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("user_name", "UserName", "field", "str", required=True),
        Param("password", "Password", "field", "str", required=True),
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("is_active", "IsActive", "field", "bool", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_create_external_user,
    decode=_decode_v1_user_agent_create_external_user,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="create_external_user",
)


def _parse_v1_user_agent_create_user_group(data: Any) -> m.UserGroup:
    return m.UserGroup.from_dict(parse_object(data))


def _decode_v1_user_agent_create_user_group(body: bytes) -> m.UserGroup:
    decoded: m.UserGroup = decoder(m.UserGroup)(body)
    return decoded


V1_USER_AGENT_CREATE_USER_GROUP: Operation[m.UserGroup] = Operation(
    operation_id="v1UserAgent_CreateUserGroup",
    method="POST",
    path="/api/v1/Agents/User/CreateUserGroup",
    params=(Param("select", "$select", "query", "select"),),
    parse=_parse_v1_user_agent_create_user_group,
    decode=_decode_v1_user_agent_create_user_group,
    idempotent=False,
    slow_ms=2000,
    select_carrier="UserGroup",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="create_user_group",
)


def _parse_v1_user_agent_decrypt_and_save_external_tokens(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_decrypt_and_save_external_tokens(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_DECRYPT_AND_SAVE_EXTERNAL_TOKENS: Operation[str] = Operation(
    operation_id="v1UserAgent_DecryptAndSaveExternalTokens",
    method="POST",
    path="/api/v1/Agents/User/DecryptAndSaveExternalTokens",
    params=(
        Param(
            "token_management_info",
            "TokenManagementInfo",
            "field",
            "carrier",
            type="TokenManagementInfo",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_decrypt_and_save_external_tokens,
    decode=_decode_v1_user_agent_decrypt_and_save_external_tokens,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="decrypt_and_save_external_tokens",
)


def _parse_v1_user_agent_delete_credential(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_delete_credential(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_DELETE_CREDENTIAL: Operation[bool] = Operation(
    operation_id="v1UserAgent_DeleteCredential",
    method="POST",
    path="/api/v1/Agents/User/DeleteCredential",
    params=(
        Param(
            "user_id",
            "UserId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("credential_type", "CredentialType", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_delete_credential,
    decode=_decode_v1_user_agent_delete_credential,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="delete_credential",
)


def _parse_v1_user_agent_delete_external_user(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_EXTERNAL_USER: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteExternalUser",
    method="POST",
    path="/api/v1/Agents/User/DeleteExternalUser",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_delete_external_user,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="delete_external_user",
)


def _parse_v1_user_agent_delete_role(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_ROLE: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteRole",
    method="POST",
    path="/api/v1/Agents/User/DeleteRole",
    params=(
        Param(
            "role_id_to_delete",
            "RoleIdToDelete",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "replacing_role_id",
            "ReplacingRoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_delete_role,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="delete_role",
)


def _parse_v1_user_agent_delete_service_auth(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_SERVICE_AUTH: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteServiceAuth",
    method="POST",
    path="/api/v1/Agents/User/DeleteServiceAuth",
    params=(
        Param(
            "service_auth_id",
            "serviceAuthId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
    ),
    parse=_parse_v1_user_agent_delete_service_auth,
    idempotent=True,
    slow_ms=2000,
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="delete_service_auth",
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
            "userId",
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
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="delete_user",
)


def _parse_v1_user_agent_delete_user_from_name(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_USER_FROM_NAME: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteUserFromName",
    method="POST",
    path="/api/v1/Agents/User/DeleteUserFromName",
    params=(
        Param("user_name", "UserName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_delete_user_from_name,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="delete_user_from_name",
)


def _parse_v1_user_agent_delete_user_group(data: Any) -> None:
    return None


V1_USER_AGENT_DELETE_USER_GROUP: Operation[None] = Operation(
    operation_id="v1UserAgent_DeleteUserGroup",
    method="POST",
    path="/api/v1/Agents/User/DeleteUserGroup",
    params=(
        Param(
            "user_group_to_delete",
            "UserGroupToDelete",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "user_group_to_move_to",
            "UserGroupToMoveTo",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_delete_user_group,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="delete_user_group",
)


def _parse_v1_user_agent_exchange_code_and_save_tokens(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_exchange_code_and_save_tokens(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_EXCHANGE_CODE_AND_SAVE_TOKENS: Operation[str] = Operation(
    operation_id="v1UserAgent_ExchangeCodeAndSaveTokens",
    method="POST",
    path="/api/v1/Agents/User/ExchangeCodeAndSaveTokens",
    params=(
        Param("provider", "Provider", "field", "str", required=True),
        Param("authorization_code", "AuthorizationCode", "field", "str", required=True),
        Param("nonce", "Nonce", "field", "str", required=True),
        Param("pkce_verifier", "PkceVerifier", "field", "str", required=True),
        Param("redirect_uri", "RedirectUri", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_exchange_code_and_save_tokens,
    decode=_decode_v1_user_agent_exchange_code_and_save_tokens,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="exchange_code_and_save_tokens",
)


def _parse_v1_user_agent_execute_user_command(data: Any) -> m.CommandResult | None:
    return None if data is None else m.CommandResult.from_dict(parse_object(data))


def _decode_v1_user_agent_execute_user_command(body: bytes) -> m.CommandResult | None:
    decoded: m.CommandResult | None = decoder(m.CommandResult | None)(body)
    return decoded


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
            accepts=("UserWithLinks",),
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
    decode=_decode_v1_user_agent_execute_user_command,
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
    tag="UserAgent",
    method_name="execute_user_command",
)


def _parse_v1_user_agent_find_credential_users(data: Any) -> m.CredentialsGroupUsers:
    return m.CredentialsGroupUsers.from_dict(parse_object(data))


def _decode_v1_user_agent_find_credential_users(body: bytes) -> m.CredentialsGroupUsers:
    decoded: m.CredentialsGroupUsers = decoder(m.CredentialsGroupUsers)(body)
    return decoded


V1_USER_AGENT_FIND_CREDENTIAL_USERS: Operation[m.CredentialsGroupUsers] = Operation(
    operation_id="v1UserAgent_FindCredentialUsers",
    method="POST",
    path="/api/v1/Agents/User/FindCredentialUsers",
    params=(
        Param("type", "Type", "field", "str", required=True),
        Param("search_string", "SearchString", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_find_credential_users,
    decode=_decode_v1_user_agent_find_credential_users,
    idempotent=True,
    slow_ms=2000,
    select_carrier="CredentialsGroupUsers",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="find_credential_users",
)


def _parse_v1_user_agent_find_credentials_groups(data: Any) -> list[m.CredentialsGroup]:
    return [
        m.CredentialsGroup.from_dict(parse_object(item)) for item in parse_array(data)
    ]


def _decode_v1_user_agent_find_credentials_groups(
    body: bytes,
) -> list[m.CredentialsGroup]:
    decoded: list[m.CredentialsGroup] = decoder(list[m.CredentialsGroup])(body)
    return decoded


V1_USER_AGENT_FIND_CREDENTIALS_GROUPS: Operation[list[m.CredentialsGroup]] = Operation(
    operation_id="v1UserAgent_FindCredentialsGroups",
    method="POST",
    path="/api/v1/Agents/User/FindCredentialsGroups",
    params=(
        Param("type", "Type", "field", "str", required=True),
        Param("search_string", "SearchString", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_find_credentials_groups,
    decode=_decode_v1_user_agent_find_credentials_groups,
    idempotent=True,
    slow_ms=2000,
    select_carrier="CredentialsGroup",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="find_credentials_groups",
)


def _parse_v1_user_agent_find_roles_with_functional_right(
    data: Any,
) -> list[m.MDOListItem]:
    return [m.MDOListItem.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_find_roles_with_functional_right(
    body: bytes,
) -> list[m.MDOListItem]:
    decoded: list[m.MDOListItem] = decoder(list[m.MDOListItem])(body)
    return decoded


V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHT: Operation[list[m.MDOListItem]] = (
    Operation(
        operation_id="v1UserAgent_FindRolesWithFunctionalRight",
        method="POST",
        path="/api/v1/Agents/User/FindRolesWithFunctionalRight",
        params=(
            Param(
                "functional_right_name",
                "FunctionalRightName",
                "field",
                "str",
                required=True,
            ),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_find_roles_with_functional_right,
        decode=_decode_v1_user_agent_find_roles_with_functional_right,
        idempotent=True,
        slow_ms=2000,
        select_carrier="MDOListItem",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="find_roles_with_functional_right",
    )
)


def _parse_v1_user_agent_find_roles_with_functional_rights(data: Any) -> list[int]:
    return [parse_typed(item, int) for item in parse_array(data)]


def _decode_v1_user_agent_find_roles_with_functional_rights(body: bytes) -> list[int]:
    decoded: list[int] = decoder(list[int])(body)
    return decoded


V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHTS: Operation[list[int]] = Operation(
    operation_id="v1UserAgent_FindRolesWithFunctionalRights",
    method="POST",
    path="/api/v1/Agents/User/FindRolesWithFunctionalRights",
    params=(
        Param(
            "functional_right_names",
            "FunctionalRightNames",
            "field",
            "str_list",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_find_roles_with_functional_rights,
    decode=_decode_v1_user_agent_find_roles_with_functional_rights,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="find_roles_with_functional_rights",
)


def _parse_v1_user_agent_find_roles_without_functional_rights(data: Any) -> list[int]:
    return [parse_typed(item, int) for item in parse_array(data)]


def _decode_v1_user_agent_find_roles_without_functional_rights(
    body: bytes,
) -> list[int]:
    decoded: list[int] = decoder(list[int])(body)
    return decoded


V1_USER_AGENT_FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS: Operation[list[int]] = Operation(
    operation_id="v1UserAgent_FindRolesWithoutFunctionalRights",
    method="POST",
    path="/api/v1/Agents/User/FindRolesWithoutFunctionalRights",
    params=(
        Param(
            "functional_right_names",
            "FunctionalRightNames",
            "field",
            "str_list",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_find_roles_without_functional_rights,
    decode=_decode_v1_user_agent_find_roles_without_functional_rights,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="find_roles_without_functional_rights",
)


def _parse_v1_user_agent_generate_new_password_for_external_user(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_generate_new_password_for_external_user(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER: Operation[str] = Operation(
    operation_id="v1UserAgent_GenerateNewPasswordForExternalUser",
    method="POST",
    path="/api/v1/Agents/User/GenerateNewPasswordForExternalUser",
    params=(
        Param("associate_name", "AssociateName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_generate_new_password_for_external_user,
    decode=_decode_v1_user_agent_generate_new_password_for_external_user,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="generate_new_password_for_external_user",
)


def _parse_v1_user_agent_get_access_gateway_info(data: Any) -> m.AccessGatewayInfo:
    return m.AccessGatewayInfo.from_dict(parse_object(data))


def _decode_v1_user_agent_get_access_gateway_info(body: bytes) -> m.AccessGatewayInfo:
    decoded: m.AccessGatewayInfo = decoder(m.AccessGatewayInfo)(body)
    return decoded


V1_USER_AGENT_GET_ACCESS_GATEWAY_INFO: Operation[m.AccessGatewayInfo] = Operation(
    operation_id="v1UserAgent_GetAccessGatewayInfo",
    method="POST",
    path="/api/v1/Agents/User/GetAccessGatewayInfo",
    params=(Param("select", "$select", "query", "select"),),
    parse=_parse_v1_user_agent_get_access_gateway_info,
    decode=_decode_v1_user_agent_get_access_gateway_info,
    idempotent=True,
    slow_ms=2000,
    select_carrier="AccessGatewayInfo",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="get_access_gateway_info",
)


def _parse_v1_user_agent_get_access_token(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_get_access_token(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_GET_ACCESS_TOKEN: Operation[str] = Operation(
    operation_id="v1UserAgent_GetAccessToken",
    method="POST",
    path="/api/v1/Agents/User/GetAccessToken",
    params=(
        Param("app_token", "AppToken", "field", "str", required=True),
        Param("include_cs_session", "IncludeCsSession", "field", "bool", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_access_token,
    decode=_decode_v1_user_agent_get_access_token,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_access_token",
)


def _parse_v1_user_agent_get_all_data_rights(data: Any) -> dict[str, str]:
    return parse_string_map(data)


def _decode_v1_user_agent_get_all_data_rights(body: bytes) -> dict[str, str]:
    decoded: dict[str, str] = decoder(dict[str, str])(body)
    return decoded


V1_USER_AGENT_GET_ALL_DATA_RIGHTS: Operation[dict[str, str]] = Operation(
    operation_id="v1UserAgent_GetAllDataRights",
    method="POST",
    path="/api/v1/Agents/User/GetAllDataRights",
    params=(
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "relation_to_owner",
            "RelationToOwner",
            "field",
            "enum",
            type="RelationToOwnerType",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_all_data_rights,
    decode=_decode_v1_user_agent_get_all_data_rights,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_all_data_rights",
)


def _parse_v1_user_agent_get_all_functional_rights(
    data: Any,
) -> list[m.SelectableMDOListItem]:
    return [
        m.SelectableMDOListItem.from_dict(parse_object(item))
        for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_all_functional_rights(
    body: bytes,
) -> list[m.SelectableMDOListItem]:
    decoded: list[m.SelectableMDOListItem] = decoder(list[m.SelectableMDOListItem])(
        body
    )
    return decoded


V1_USER_AGENT_GET_ALL_FUNCTIONAL_RIGHTS: Operation[list[m.SelectableMDOListItem]] = (
    Operation(
        operation_id="v1UserAgent_GetAllFunctionalRights",
        method="POST",
        path="/api/v1/Agents/User/GetAllFunctionalRights",
        params=(
            Param(
                "role_type",
                "RoleType",
                "field",
                "enum",
                type="RoleType",
                required=True,
                nullable=True,
            ),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_get_all_functional_rights,
        decode=_decode_v1_user_agent_get_all_functional_rights,
        idempotent=True,
        slow_ms=2000,
        select_carrier="SelectableMDOListItem",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="get_all_functional_rights",
    )
)


def _parse_v1_user_agent_get_all_roles(data: Any) -> list[m.SelectableMDOListItem]:
    return [
        m.SelectableMDOListItem.from_dict(parse_object(item))
        for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_all_roles(body: bytes) -> list[m.SelectableMDOListItem]:
    decoded: list[m.SelectableMDOListItem] = decoder(list[m.SelectableMDOListItem])(
        body
    )
    return decoded


V1_USER_AGENT_GET_ALL_ROLES: Operation[list[m.SelectableMDOListItem]] = Operation(
    operation_id="v1UserAgent_GetAllRoles",
    method="POST",
    path="/api/v1/Agents/User/GetAllRoles",
    params=(
        Param(
            "role_type",
            "RoleType",
            "field",
            "enum",
            type="RoleType",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_all_roles,
    decode=_decode_v1_user_agent_get_all_roles,
    idempotent=True,
    slow_ms=2000,
    select_carrier="SelectableMDOListItem",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_all_roles",
)


def _parse_v1_user_agent_get_all_user_groups(data: Any) -> list[m.UserGroup]:
    return [m.UserGroup.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_get_all_user_groups(body: bytes) -> list[m.UserGroup]:
    decoded: list[m.UserGroup] = decoder(list[m.UserGroup])(body)
    return decoded


V1_USER_AGENT_GET_ALL_USER_GROUPS: Operation[list[m.UserGroup]] = Operation(
    operation_id="v1UserAgent_GetAllUserGroups",
    method="POST",
    path="/api/v1/Agents/User/GetAllUserGroups",
    params=(
        Param("include_deleted", "IncludeDeleted", "field", "bool", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_all_user_groups,
    decode=_decode_v1_user_agent_get_all_user_groups,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserGroup",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_all_user_groups",
)


def _parse_v1_user_agent_get_credential_types(data: Any) -> list[m.CredentialType]:
    return [
        m.CredentialType.from_dict(parse_object(item)) for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_credential_types(body: bytes) -> list[m.CredentialType]:
    decoded: list[m.CredentialType] = decoder(list[m.CredentialType])(body)
    return decoded


V1_USER_AGENT_GET_CREDENTIAL_TYPES: Operation[list[m.CredentialType]] = Operation(
    operation_id="v1UserAgent_GetCredentialTypes",
    method="POST",
    path="/api/v1/Agents/User/GetCredentialTypes",
    params=(Param("select", "$select", "query", "select"),),
    parse=_parse_v1_user_agent_get_credential_types,
    decode=_decode_v1_user_agent_get_credential_types,
    idempotent=True,
    slow_ms=2000,
    select_carrier="CredentialType",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="UserAgent",
    method_name="get_credential_types",
)


def _parse_v1_user_agent_get_credential_types_for_user_type(
    data: Any,
) -> list[m.CredentialType]:
    return [
        m.CredentialType.from_dict(parse_object(item)) for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_credential_types_for_user_type(
    body: bytes,
) -> list[m.CredentialType]:
    decoded: list[m.CredentialType] = decoder(list[m.CredentialType])(body)
    return decoded


V1_USER_AGENT_GET_CREDENTIAL_TYPES_FOR_USER_TYPE: Operation[list[m.CredentialType]] = (
    Operation(
        operation_id="v1UserAgent_GetCredentialTypesForUserType",
        method="POST",
        path="/api/v1/Agents/User/GetCredentialTypesForUserType",
        params=(
            Param(
                "user_type",
                "UserType",
                "field",
                "enum",
                type="UserType",
                required=True,
                nullable=True,
            ),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_get_credential_types_for_user_type,
        decode=_decode_v1_user_agent_get_credential_types_for_user_type,
        idempotent=True,
        slow_ms=2000,
        select_carrier="CredentialType",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="get_credential_types_for_user_type",
    )
)


def _parse_v1_user_agent_get_credential_users_in_group(
    data: Any,
) -> m.CredentialsGroupUsers:
    return m.CredentialsGroupUsers.from_dict(parse_object(data))


def _decode_v1_user_agent_get_credential_users_in_group(
    body: bytes,
) -> m.CredentialsGroupUsers:
    decoded: m.CredentialsGroupUsers = decoder(m.CredentialsGroupUsers)(body)
    return decoded


V1_USER_AGENT_GET_CREDENTIAL_USERS_IN_GROUP: Operation[m.CredentialsGroupUsers] = (
    Operation(
        operation_id="v1UserAgent_GetCredentialUsersInGroup",
        method="POST",
        path="/api/v1/Agents/User/GetCredentialUsersInGroup",
        params=(
            Param("type", "Type", "field", "str", required=True),
            Param("group_name", "GroupName", "field", "str", required=True),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_get_credential_users_in_group,
        decode=_decode_v1_user_agent_get_credential_users_in_group,
        idempotent=True,
        slow_ms=2000,
        select_carrier="CredentialsGroupUsers",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="get_credential_users_in_group",
    )
)


def _parse_v1_user_agent_get_data_right(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_get_data_right(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_GET_DATA_RIGHT: Operation[str] = Operation(
    operation_id="v1UserAgent_GetDataRight",
    method="POST",
    path="/api/v1/Agents/User/GetDataRight",
    params=(
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("table_name", "TableName", "field", "str", required=True),
        Param(
            "relation_to_owner",
            "RelationToOwner",
            "field",
            "enum",
            type="RelationToOwnerType",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_data_right,
    decode=_decode_v1_user_agent_get_data_right,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_data_right",
)


def _parse_v1_user_agent_get_data_rights(data: Any) -> dict[str, str]:
    return parse_string_map(data)


def _decode_v1_user_agent_get_data_rights(body: bytes) -> dict[str, str]:
    decoded: dict[str, str] = decoder(dict[str, str])(body)
    return decoded


V1_USER_AGENT_GET_DATA_RIGHTS: Operation[dict[str, str]] = Operation(
    operation_id="v1UserAgent_GetDataRights",
    method="POST",
    path="/api/v1/Agents/User/GetDataRights",
    params=(
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("table_name", "TableName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_data_rights,
    decode=_decode_v1_user_agent_get_data_rights,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_data_rights",
)


def _parse_v1_user_agent_get_default_associate_user_name(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_get_default_associate_user_name(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_GET_DEFAULT_ASSOCIATE_USER_NAME: Operation[str] = Operation(
    operation_id="v1UserAgent_GetDefaultAssociateUserName",
    method="POST",
    path="/api/v1/Agents/User/GetDefaultAssociateUserName",
    params=(
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_default_associate_user_name,
    decode=_decode_v1_user_agent_get_default_associate_user_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_default_associate_user_name",
)


def _parse_v1_user_agent_get_external_tokens(data: Any) -> m.TokenManagementInfo:
    return m.TokenManagementInfo.from_dict(parse_object(data))


def _decode_v1_user_agent_get_external_tokens(body: bytes) -> m.TokenManagementInfo:
    decoded: m.TokenManagementInfo = decoder(m.TokenManagementInfo)(body)
    return decoded


V1_USER_AGENT_GET_EXTERNAL_TOKENS: Operation[m.TokenManagementInfo] = Operation(
    operation_id="v1UserAgent_GetExternalTokens",
    method="POST",
    path="/api/v1/Agents/User/GetExternalTokens",
    params=(
        Param("key", "Key", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_external_tokens,
    decode=_decode_v1_user_agent_get_external_tokens,
    idempotent=True,
    slow_ms=2000,
    select_carrier="TokenManagementInfo",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_external_tokens",
)


def _parse_v1_user_agent_get_functional_rights(
    data: Any,
) -> list[m.SelectableMDOListItem]:
    return [
        m.SelectableMDOListItem.from_dict(parse_object(item))
        for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_functional_rights(
    body: bytes,
) -> list[m.SelectableMDOListItem]:
    decoded: list[m.SelectableMDOListItem] = decoder(list[m.SelectableMDOListItem])(
        body
    )
    return decoded


V1_USER_AGENT_GET_FUNCTIONAL_RIGHTS: Operation[list[m.SelectableMDOListItem]] = (
    Operation(
        operation_id="v1UserAgent_GetFunctionalRights",
        method="POST",
        path="/api/v1/Agents/User/GetFunctionalRights",
        params=(
            Param(
                "role_id",
                "RoleId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_get_functional_rights,
        decode=_decode_v1_user_agent_get_functional_rights,
        idempotent=True,
        slow_ms=2000,
        select_carrier="SelectableMDOListItem",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="get_functional_rights",
    )
)


def _parse_v1_user_agent_get_or_register_access_gateway_info(
    data: Any,
) -> m.AccessGatewayInfo:
    return m.AccessGatewayInfo.from_dict(parse_object(data))


def _decode_v1_user_agent_get_or_register_access_gateway_info(
    body: bytes,
) -> m.AccessGatewayInfo:
    decoded: m.AccessGatewayInfo = decoder(m.AccessGatewayInfo)(body)
    return decoded


V1_USER_AGENT_GET_OR_REGISTER_ACCESS_GATEWAY_INFO: Operation[m.AccessGatewayInfo] = (
    Operation(
        operation_id="v1UserAgent_GetOrRegisterAccessGatewayInfo",
        method="POST",
        path="/api/v1/Agents/User/GetOrRegisterAccessGatewayInfo",
        params=(
            Param("redirect_uri", "RedirectUri", "field", "str", required=True),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_get_or_register_access_gateway_info,
        decode=_decode_v1_user_agent_get_or_register_access_gateway_info,
        idempotent=True,
        slow_ms=2000,
        select_carrier="AccessGatewayInfo",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="get_or_register_access_gateway_info",
    )
)


def _parse_v1_user_agent_get_role(data: Any) -> m.Role | None:
    return None if data is None else m.Role.from_dict(parse_object(data))


def _decode_v1_user_agent_get_role(body: bytes) -> m.Role | None:
    decoded: m.Role | None = decoder(m.Role | None)(body)
    return decoded


V1_USER_AGENT_GET_ROLE: Operation[m.Role | None] = Operation(
    operation_id="v1UserAgent_GetRole",
    method="POST",
    path="/api/v1/Agents/User/GetRole",
    params=(
        Param(
            "role_id",
            "roleId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_role,
    decode=_decode_v1_user_agent_get_role,
    idempotent=True,
    slow_ms=2000,
    select_carrier="Role",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
    tag="UserAgent",
    method_name="get_role",
)


def _parse_v1_user_agent_get_role_entity(data: Any) -> m.RoleEntity | None:
    return None if data is None else m.RoleEntity.from_dict(parse_object(data))


def _decode_v1_user_agent_get_role_entity(body: bytes) -> m.RoleEntity | None:
    decoded: m.RoleEntity | None = decoder(m.RoleEntity | None)(body)
    return decoded


V1_USER_AGENT_GET_ROLE_ENTITY: Operation[m.RoleEntity | None] = Operation(
    operation_id="v1UserAgent_GetRoleEntity",
    method="POST",
    path="/api/v1/Agents/User/GetRoleEntity",
    params=(
        Param(
            "role_entity_id",
            "roleEntityId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_role_entity,
    decode=_decode_v1_user_agent_get_role_entity,
    idempotent=True,
    slow_ms=2000,
    select_carrier="RoleEntity",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
    tag="UserAgent",
    method_name="get_role_entity",
)


def _parse_v1_user_agent_get_service_auth(data: Any) -> m.ServiceAuth | None:
    return None if data is None else m.ServiceAuth.from_dict(parse_object(data))


def _decode_v1_user_agent_get_service_auth(body: bytes) -> m.ServiceAuth | None:
    decoded: m.ServiceAuth | None = decoder(m.ServiceAuth | None)(body)
    return decoded


V1_USER_AGENT_GET_SERVICE_AUTH: Operation[m.ServiceAuth | None] = Operation(
    operation_id="v1UserAgent_GetServiceAuth",
    method="POST",
    path="/api/v1/Agents/User/GetServiceAuth",
    params=(
        Param(
            "service_auth_id",
            "serviceAuthId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_service_auth,
    decode=_decode_v1_user_agent_get_service_auth,
    idempotent=True,
    slow_ms=2000,
    select_carrier="ServiceAuth",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
    tag="UserAgent",
    method_name="get_service_auth",
)


def _parse_v1_user_agent_get_supported_change_password_types(
    data: Any,
) -> list[m.ChangePasswordType | str]:
    return [parse_open_enum(m.ChangePasswordType, item) for item in parse_array(data)]


V1_USER_AGENT_GET_SUPPORTED_CHANGE_PASSWORD_TYPES: Operation[
    list[m.ChangePasswordType | str]
] = Operation(
    operation_id="v1UserAgent_GetSupportedChangePasswordTypes",
    method="POST",
    path="/api/v1/Agents/User/GetSupportedChangePasswordTypes",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_supported_change_password_types,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_supported_change_password_types",
)


def _parse_v1_user_agent_get_untrusted_credentials(
    data: Any,
) -> list[m.UntrustedCredentials]:
    return [
        m.UntrustedCredentials.from_dict(parse_object(item))
        for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_untrusted_credentials(
    body: bytes,
) -> list[m.UntrustedCredentials]:
    decoded: list[m.UntrustedCredentials] = decoder(list[m.UntrustedCredentials])(body)
    return decoded


V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS: Operation[list[m.UntrustedCredentials]] = (
    Operation(
        operation_id="v1UserAgent_GetUntrustedCredentials",
        method="POST",
        path="/api/v1/Agents/User/GetUntrustedCredentials",
        params=(
            Param("type", "Type", "field", "str", required=True),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_get_untrusted_credentials,
        decode=_decode_v1_user_agent_get_untrusted_credentials,
        idempotent=True,
        slow_ms=2000,
        select_carrier="UntrustedCredentials",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="get_untrusted_credentials",
    )
)


def _parse_v1_user_agent_get_untrusted_credentials_for_associate(
    data: Any,
) -> list[m.UntrustedCredentials]:
    return [
        m.UntrustedCredentials.from_dict(parse_object(item))
        for item in parse_array(data)
    ]


def _decode_v1_user_agent_get_untrusted_credentials_for_associate(
    body: bytes,
) -> list[m.UntrustedCredentials]:
    decoded: list[m.UntrustedCredentials] = decoder(list[m.UntrustedCredentials])(body)
    return decoded


V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE: Operation[
    list[m.UntrustedCredentials]
] = Operation(
    operation_id="v1UserAgent_GetUntrustedCredentialsForAssociate",
    method="POST",
    path="/api/v1/Agents/User/GetUntrustedCredentialsForAssociate",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("type", "Type", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_untrusted_credentials_for_associate,
    decode=_decode_v1_user_agent_get_untrusted_credentials_for_associate,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UntrustedCredentials",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_untrusted_credentials_for_associate",
)


def _parse_v1_user_agent_get_user(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_get_user(body: bytes) -> m.User | None:
    decoded: m.User | None = decoder(m.User | None)(body)
    return decoded


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
    decode=_decode_v1_user_agent_get_user,
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
    tag="UserAgent",
    method_name="get_user",
)


def _parse_v1_user_agent_get_user_commands(data: Any) -> list[m.CustomCommand]:
    return [m.CustomCommand.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_get_user_commands(body: bytes) -> list[m.CustomCommand]:
    decoded: list[m.CustomCommand] = decoder(list[m.CustomCommand])(body)
    return decoded


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
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_commands,
    decode=_decode_v1_user_agent_get_user_commands,
    idempotent=True,
    slow_ms=2000,
    select_carrier="CustomCommand",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_user_commands",
)


def _parse_v1_user_agent_get_user_from_ej_user_id(data: Any) -> list[m.User]:
    return [m.User.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_get_user_from_ej_user_id(body: bytes) -> list[m.User]:
    decoded: list[m.User] = decoder(list[m.User])(body)
    return decoded


V1_USER_AGENT_GET_USER_FROM_EJ_USER_ID: Operation[list[m.User]] = Operation(
    operation_id="v1UserAgent_GetUserFromEjUserId",
    method="POST",
    path="/api/v1/Agents/User/GetUserFromEjUserId",
    params=(
        Param(
            "ej_user_id",
            "EjUserId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_from_ej_user_id,
    decode=_decode_v1_user_agent_get_user_from_ej_user_id,
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
    tag="UserAgent",
    method_name="get_user_from_ej_user_id",
)


def _parse_v1_user_agent_get_user_from_name(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_get_user_from_name(body: bytes) -> m.User | None:
    decoded: m.User | None = decoder(m.User | None)(body)
    return decoded


V1_USER_AGENT_GET_USER_FROM_NAME: Operation[m.User | None] = Operation(
    operation_id="v1UserAgent_GetUserFromName",
    method="POST",
    path="/api/v1/Agents/User/GetUserFromName",
    params=(
        Param("user_name", "UserName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_from_name,
    decode=_decode_v1_user_agent_get_user_from_name,
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
    tag="UserAgent",
    method_name="get_user_from_name",
)


def _parse_v1_user_agent_get_user_from_person_id(data: Any) -> list[m.User]:
    return [m.User.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_get_user_from_person_id(body: bytes) -> list[m.User]:
    decoded: list[m.User] = decoder(list[m.User])(body)
    return decoded


V1_USER_AGENT_GET_USER_FROM_PERSON_ID: Operation[list[m.User]] = Operation(
    operation_id="v1UserAgent_GetUserFromPersonId",
    method="POST",
    path="/api/v1/Agents/User/GetUserFromPersonId",
    params=(
        Param(
            "person_id",
            "PersonId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_from_person_id,
    decode=_decode_v1_user_agent_get_user_from_person_id,
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
    tag="UserAgent",
    method_name="get_user_from_person_id",
)


def _parse_v1_user_agent_get_user_group(data: Any) -> m.UserGroup | None:
    return None if data is None else m.UserGroup.from_dict(parse_object(data))


def _decode_v1_user_agent_get_user_group(body: bytes) -> m.UserGroup | None:
    decoded: m.UserGroup | None = decoder(m.UserGroup | None)(body)
    return decoded


V1_USER_AGENT_GET_USER_GROUP: Operation[m.UserGroup | None] = Operation(
    operation_id="v1UserAgent_GetUserGroup",
    method="POST",
    path="/api/v1/Agents/User/GetUserGroup",
    params=(
        Param(
            "user_group_id",
            "userGroupId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_group,
    decode=_decode_v1_user_agent_get_user_group,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserGroup",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
    tag="UserAgent",
    method_name="get_user_group",
)


def _parse_v1_user_agent_get_user_group_list(data: Any) -> list[m.UserGroup]:
    return [m.UserGroup.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_get_user_group_list(body: bytes) -> list[m.UserGroup]:
    decoded: list[m.UserGroup] = decoder(list[m.UserGroup])(body)
    return decoded


V1_USER_AGENT_GET_USER_GROUP_LIST: Operation[list[m.UserGroup]] = Operation(
    operation_id="v1UserAgent_GetUserGroupList",
    method="POST",
    path="/api/v1/Agents/User/GetUserGroupList",
    params=(
        Param(
            "user_group_ids",
            "body",
            "body",
            "int_list",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_group_list,
    decode=_decode_v1_user_agent_get_user_group_list,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserGroup",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    tag="UserAgent",
    method_name="get_user_group_list",
)


def _parse_v1_user_agent_get_user_info(data: Any) -> m.UserInfo | None:
    return None if data is None else m.UserInfo.from_dict(parse_object(data))


def _decode_v1_user_agent_get_user_info(body: bytes) -> m.UserInfo | None:
    decoded: m.UserInfo | None = decoder(m.UserInfo | None)(body)
    return decoded


V1_USER_AGENT_GET_USER_INFO: Operation[m.UserInfo | None] = Operation(
    operation_id="v1UserAgent_GetUserInfo",
    method="POST",
    path="/api/v1/Agents/User/GetUserInfo",
    params=(
        Param(
            "user_info_id",
            "userInfoId",
            "query",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_info,
    decode=_decode_v1_user_agent_get_user_info,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserInfo",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    nullable=True,
    tag="UserAgent",
    method_name="get_user_info",
)


def _parse_v1_user_agent_get_user_info_list(data: Any) -> list[m.UserInfo]:
    return [m.UserInfo.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_agent_get_user_info_list(body: bytes) -> list[m.UserInfo]:
    decoded: list[m.UserInfo] = decoder(list[m.UserInfo])(body)
    return decoded


V1_USER_AGENT_GET_USER_INFO_LIST: Operation[list[m.UserInfo]] = Operation(
    operation_id="v1UserAgent_GetUserInfoList",
    method="POST",
    path="/api/v1/Agents/User/GetUserInfoList",
    params=(
        Param(
            "user_info_ids",
            "body",
            "body",
            "int_list",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_info_list,
    decode=_decode_v1_user_agent_get_user_info_list,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserInfo",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    tag="UserAgent",
    method_name="get_user_info_list",
)


def _parse_v1_user_agent_get_user_presence_status(data: Any) -> m.UserPresenceStatus:
    return m.UserPresenceStatus.from_dict(parse_object(data))


def _decode_v1_user_agent_get_user_presence_status(body: bytes) -> m.UserPresenceStatus:
    decoded: m.UserPresenceStatus = decoder(m.UserPresenceStatus)(body)
    return decoded


V1_USER_AGENT_GET_USER_PRESENCE_STATUS: Operation[m.UserPresenceStatus] = Operation(
    operation_id="v1UserAgent_GetUserPresenceStatus",
    method="POST",
    path="/api/v1/Agents/User/GetUserPresenceStatus",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_user_presence_status,
    decode=_decode_v1_user_agent_get_user_presence_status,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserPresenceStatus",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_user_presence_status",
)


def _parse_v1_user_agent_get_valid_user_name(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_get_valid_user_name(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_GET_VALID_USER_NAME: Operation[str] = Operation(
    operation_id="v1UserAgent_GetValidUserName",
    method="POST",
    path="/api/v1/Agents/User/GetValidUserName",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "type",
            "Type",
            "field",
            "enum",
            type="UserType",
            required=True,
            nullable=True,
        ),
        Param(
            "person_id",
            "PersonId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("user_name", "UserName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_valid_user_name,
    decode=_decode_v1_user_agent_get_valid_user_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_valid_user_name",
)


def _parse_v1_user_agent_get_valid_user_name_for_new_user(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_get_valid_user_name_for_new_user(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_GET_VALID_USER_NAME_FOR_NEW_USER: Operation[str] = Operation(
    operation_id="v1UserAgent_GetValidUserNameForNewUser",
    method="POST",
    path="/api/v1/Agents/User/GetValidUserNameForNewUser",
    params=(
        Param(
            "user",
            "User",
            "field",
            "carrier",
            type="User",
            required=True,
            nullable=True,
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_get_valid_user_name_for_new_user,
    decode=_decode_v1_user_agent_get_valid_user_name_for_new_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="get_valid_user_name_for_new_user",
)


def _parse_v1_user_agent_is_nick_name_unique(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_is_nick_name_unique(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_IS_NICK_NAME_UNIQUE: Operation[bool] = Operation(
    operation_id="v1UserAgent_IsNickNameUnique",
    method="POST",
    path="/api/v1/Agents/User/IsNickNameUnique",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("nick_name", "NickName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_is_nick_name_unique,
    decode=_decode_v1_user_agent_is_nick_name_unique,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="is_nick_name_unique",
)


def _parse_v1_user_agent_is_password_valid(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_is_password_valid(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_IS_PASSWORD_VALID: Operation[bool] = Operation(
    operation_id="v1UserAgent_IsPasswordValid",
    method="POST",
    path="/api/v1/Agents/User/IsPasswordValid",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "type",
            "Type",
            "field",
            "enum",
            type="UserType",
            required=True,
            nullable=True,
        ),
        Param(
            "person_id",
            "PersonId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("password", "Password", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_is_password_valid,
    decode=_decode_v1_user_agent_is_password_valid,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="is_password_valid",
)


def _parse_v1_user_agent_is_password_valid_with_reason(
    data: Any,
) -> m.UserValidationResult:
    return m.UserValidationResult.from_dict(parse_object(data))


def _decode_v1_user_agent_is_password_valid_with_reason(
    body: bytes,
) -> m.UserValidationResult:
    decoded: m.UserValidationResult = decoder(m.UserValidationResult)(body)
    return decoded


V1_USER_AGENT_IS_PASSWORD_VALID_WITH_REASON: Operation[m.UserValidationResult] = (
    Operation(
        operation_id="v1UserAgent_IsPasswordValidWithReason",
        method="POST",
        path="/api/v1/Agents/User/IsPasswordValidWithReason",
        params=(
            Param(
                "associate_id",
                "AssociateId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param(
                "type",
                "Type",
                "field",
                "enum",
                type="UserType",
                required=True,
                nullable=True,
            ),
            Param(
                "person_id",
                "PersonId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param("password", "Password", "field", "str", required=True),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_is_password_valid_with_reason,
        decode=_decode_v1_user_agent_is_password_valid_with_reason,
        idempotent=True,
        slow_ms=2000,
        select_carrier="UserValidationResult",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="is_password_valid_with_reason",
    )
)


def _parse_v1_user_agent_is_user_name_valid(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_is_user_name_valid(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_IS_USER_NAME_VALID: Operation[bool] = Operation(
    operation_id="v1UserAgent_IsUserNameValid",
    method="POST",
    path="/api/v1/Agents/User/IsUserNameValid",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "type",
            "Type",
            "field",
            "enum",
            type="UserType",
            required=True,
            nullable=True,
        ),
        Param(
            "person_id",
            "PersonId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("user_name", "UserName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_is_user_name_valid,
    decode=_decode_v1_user_agent_is_user_name_valid,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="is_user_name_valid",
)


def _parse_v1_user_agent_is_user_name_valid_with_reason(
    data: Any,
) -> m.UserValidationResult:
    return m.UserValidationResult.from_dict(parse_object(data))


def _decode_v1_user_agent_is_user_name_valid_with_reason(
    body: bytes,
) -> m.UserValidationResult:
    decoded: m.UserValidationResult = decoder(m.UserValidationResult)(body)
    return decoded


V1_USER_AGENT_IS_USER_NAME_VALID_WITH_REASON: Operation[m.UserValidationResult] = (
    Operation(
        operation_id="v1UserAgent_IsUserNameValidWithReason",
        method="POST",
        path="/api/v1/Agents/User/IsUserNameValidWithReason",
        params=(
            Param(
                "associate_id",
                "AssociateId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param(
                "type",
                "Type",
                "field",
                "enum",
                type="UserType",
                required=True,
                nullable=True,
            ),
            Param(
                "person_id",
                "PersonId",
                "field",
                "int",
                required=True,
                minimum=-2147483648,
                maximum=2147483647,
            ),
            Param("user_name", "UserName", "field", "str", required=True),
            Param("select", "$select", "query", "select"),
        ),
        parse=_parse_v1_user_agent_is_user_name_valid_with_reason,
        decode=_decode_v1_user_agent_is_user_name_valid_with_reason,
        idempotent=True,
        slow_ms=2000,
        select_carrier="UserValidationResult",
        option_headers=(
            ("accept_language", "Accept-Language"),
            ("language", "SO-Language"),
            ("culture", "SO-Culture"),
            ("time_zone", "SO-TimeZone"),
        ),
        body="fields",
        tag="UserAgent",
        method_name="is_user_name_valid_with_reason",
    )
)


def _parse_v1_user_agent_make_retired(data: Any) -> None:
    return None


V1_USER_AGENT_MAKE_RETIRED: Operation[None] = Operation(
    operation_id="v1UserAgent_MakeRetired",
    method="POST",
    path="/api/v1/Agents/User/MakeRetired",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("retired", "Retired", "field", "bool", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_make_retired,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="make_retired",
)


def _parse_v1_user_agent_register_with_access_gateway(data: Any) -> m.AccessGatewayInfo:
    return m.AccessGatewayInfo.from_dict(parse_object(data))


def _decode_v1_user_agent_register_with_access_gateway(
    body: bytes,
) -> m.AccessGatewayInfo:
    decoded: m.AccessGatewayInfo = decoder(m.AccessGatewayInfo)(body)
    return decoded


V1_USER_AGENT_REGISTER_WITH_ACCESS_GATEWAY: Operation[m.AccessGatewayInfo] = Operation(
    operation_id="v1UserAgent_RegisterWithAccessGateway",
    method="POST",
    path="/api/v1/Agents/User/RegisterWithAccessGateway",
    params=(
        Param("redirect_uri", "RedirectUri", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_register_with_access_gateway,
    decode=_decode_v1_user_agent_register_with_access_gateway,
    idempotent=False,
    slow_ms=2000,
    select_carrier="AccessGatewayInfo",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="register_with_access_gateway",
)


def _parse_v1_user_agent_remove_licenses(data: Any) -> None:
    return None


V1_USER_AGENT_REMOVE_LICENSES: Operation[None] = Operation(
    operation_id="v1UserAgent_RemoveLicenses",
    method="POST",
    path="/api/v1/Agents/User/RemoveLicenses",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_remove_licenses,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="remove_licenses",
)


def _parse_v1_user_agent_remove_owner_contact(data: Any) -> None:
    return None


V1_USER_AGENT_REMOVE_OWNER_CONTACT: Operation[None] = Operation(
    operation_id="v1UserAgent_RemoveOwnerContact",
    method="POST",
    path="/api/v1/Agents/User/RemoveOwnerContact",
    params=(
        Param(
            "contact_id",
            "ContactId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_remove_owner_contact,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="remove_owner_contact",
)


def _parse_v1_user_agent_remove_untrusted_credentials(data: Any) -> None:
    return None


V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS: Operation[None] = Operation(
    operation_id="v1UserAgent_RemoveUntrustedCredentials",
    method="POST",
    path="/api/v1/Agents/User/RemoveUntrustedCredentials",
    params=(
        Param("type", "Type", "field", "str", required=True),
        Param("public_value", "PublicValue", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_remove_untrusted_credentials,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="remove_untrusted_credentials",
)


def _parse_v1_user_agent_remove_untrusted_credentials_for_associate(data: Any) -> None:
    return None


V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE: Operation[None] = Operation(
    operation_id="v1UserAgent_RemoveUntrustedCredentialsForAssociate",
    method="POST",
    path="/api/v1/Agents/User/RemoveUntrustedCredentialsForAssociate",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("type", "Type", "field", "str", required=True),
        Param("public_value", "PublicValue", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_remove_untrusted_credentials_for_associate,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="remove_untrusted_credentials_for_associate",
)


def _parse_v1_user_agent_resolve_user_from_info(data: Any) -> m.ResolvedUser:
    return m.ResolvedUser.from_dict(parse_object(data))


def _decode_v1_user_agent_resolve_user_from_info(body: bytes) -> m.ResolvedUser:
    decoded: m.ResolvedUser = decoder(m.ResolvedUser)(body)
    return decoded


V1_USER_AGENT_RESOLVE_USER_FROM_INFO: Operation[m.ResolvedUser] = Operation(
    operation_id="v1UserAgent_ResolveUserFromInfo",
    method="POST",
    path="/api/v1/Agents/User/ResolveUserFromInfo",
    params=(
        Param(
            "contact_id",
            "ContactId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("person_name", "PersonName", "field", "str", required=True),
        Param(
            "phone_numbers",
            "PhoneNumbers",
            "field",
            "str_list",
            required=True,
            nullable=True,
        ),
        Param("emails", "Emails", "field", "str_list", required=True, nullable=True),
        Param(
            "user_type",
            "UserType",
            "field",
            "enum",
            type="UserType",
            required=True,
            nullable=True,
        ),
        Param(
            "credential",
            "Credential",
            "field",
            "carrier",
            type="Credential",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_resolve_user_from_info,
    decode=_decode_v1_user_agent_resolve_user_from_info,
    idempotent=False,
    slow_ms=2000,
    select_carrier="ResolvedUser",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="resolve_user_from_info",
)


def _parse_v1_user_agent_save_credential(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_save_credential(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_SAVE_CREDENTIAL: Operation[bool] = Operation(
    operation_id="v1UserAgent_SaveCredential",
    method="POST",
    path="/api/v1/Agents/User/SaveCredential",
    params=(
        Param(
            "user_id",
            "UserId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "credential",
            "Credential",
            "field",
            "carrier",
            type="Credential",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_save_credential,
    decode=_decode_v1_user_agent_save_credential,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="save_credential",
)


def _parse_v1_user_agent_save_external_tokens(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_save_external_tokens(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_SAVE_EXTERNAL_TOKENS: Operation[str] = Operation(
    operation_id="v1UserAgent_SaveExternalTokens",
    method="POST",
    path="/api/v1/Agents/User/SaveExternalTokens",
    params=(
        Param(
            "token_management_info",
            "TokenManagementInfo",
            "field",
            "carrier",
            type="TokenManagementInfo",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_save_external_tokens,
    decode=_decode_v1_user_agent_save_external_tokens,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="save_external_tokens",
)


def _parse_v1_user_agent_save_role_entity(data: Any) -> m.RoleEntity:
    return m.RoleEntity.from_dict(parse_object(data))


def _decode_v1_user_agent_save_role_entity(body: bytes) -> m.RoleEntity:
    decoded: m.RoleEntity = decoder(m.RoleEntity)(body)
    return decoded


V1_USER_AGENT_SAVE_ROLE_ENTITY: Operation[m.RoleEntity] = Operation(
    operation_id="v1UserAgent_SaveRoleEntity",
    method="POST",
    path="/api/v1/Agents/User/SaveRoleEntity",
    params=(
        Param(
            "role_entity", "body", "body", "carrier", type="RoleEntity", required=True
        ),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_agent_save_role_entity,
    decode=_decode_v1_user_agent_save_role_entity,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    replaces=True,
    creates_when_empty="RoleId",
    tag="UserAgent",
    method_name="save_role_entity",
)


def _parse_v1_user_agent_save_service_auth(data: Any) -> m.ServiceAuth:
    return m.ServiceAuth.from_dict(parse_object(data))


def _decode_v1_user_agent_save_service_auth(body: bytes) -> m.ServiceAuth:
    decoded: m.ServiceAuth = decoder(m.ServiceAuth)(body)
    return decoded


V1_USER_AGENT_SAVE_SERVICE_AUTH: Operation[m.ServiceAuth] = Operation(
    operation_id="v1UserAgent_SaveServiceAuth",
    method="POST",
    path="/api/v1/Agents/User/SaveServiceAuth",
    params=(
        Param(
            "service_auth", "body", "body", "carrier", type="ServiceAuth", required=True
        ),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_agent_save_service_auth,
    decode=_decode_v1_user_agent_save_service_auth,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    replaces=True,
    creates_when_empty="ServiceAuthId",
    tag="UserAgent",
    method_name="save_service_auth",
)


def _parse_v1_user_agent_save_untrusted_credentials(data: Any) -> None:
    return None


V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS: Operation[None] = Operation(
    operation_id="v1UserAgent_SaveUntrustedCredentials",
    method="POST",
    path="/api/v1/Agents/User/SaveUntrustedCredentials",
    params=(
        Param("type", "Type", "field", "str", required=True),
        Param(
            "credentials",
            "Credentials",
            "field",
            "carrier",
            type="UntrustedCredentials",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_save_untrusted_credentials,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="save_untrusted_credentials",
)


def _parse_v1_user_agent_save_untrusted_credentials_for_associate(data: Any) -> None:
    return None


V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE: Operation[None] = Operation(
    operation_id="v1UserAgent_SaveUntrustedCredentialsForAssociate",
    method="POST",
    path="/api/v1/Agents/User/SaveUntrustedCredentialsForAssociate",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("type", "Type", "field", "str", required=True),
        Param(
            "credentials",
            "Credentials",
            "field",
            "carrier",
            type="UntrustedCredentials",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_save_untrusted_credentials_for_associate,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="save_untrusted_credentials_for_associate",
)


def _parse_v1_user_agent_save_user(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_save_user(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_AGENT_SAVE_USER: Operation[m.User] = Operation(
    operation_id="v1UserAgent_SaveUser",
    method="POST",
    path="/api/v1/Agents/User/SaveUser",
    params=(
        Param(
            "user",
            "body",
            "body",
            "carrier",
            type="User",
            required=True,
            accepts=("UserWithLinks",),
        ),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_agent_save_user,
    decode=_decode_v1_user_agent_save_user,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    replaces=True,
    creates_when_empty="AssociateId",
    tag="UserAgent",
    method_name="save_user",
)


def _parse_v1_user_agent_save_user_from_name(data: Any) -> m.User | None:
    return None if data is None else m.User.from_dict(parse_object(data))


def _decode_v1_user_agent_save_user_from_name(body: bytes) -> m.User | None:
    decoded: m.User | None = decoder(m.User | None)(body)
    return decoded


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
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_agent_save_user_from_name,
    decode=_decode_v1_user_agent_save_user_from_name,
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
    replaces=True,
    tag="UserAgent",
    method_name="save_user_from_name",
)


def _parse_v1_user_agent_save_user_group(data: Any) -> m.UserGroup:
    return m.UserGroup.from_dict(parse_object(data))


def _decode_v1_user_agent_save_user_group(body: bytes) -> m.UserGroup:
    decoded: m.UserGroup = decoder(m.UserGroup)(body)
    return decoded


V1_USER_AGENT_SAVE_USER_GROUP: Operation[m.UserGroup] = Operation(
    operation_id="v1UserAgent_SaveUserGroup",
    method="POST",
    path="/api/v1/Agents/User/SaveUserGroup",
    params=(
        Param(
            "user_group",
            "UserGroup",
            "field",
            "carrier",
            type="UserGroup",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_agent_save_user_group,
    decode=_decode_v1_user_agent_save_user_group,
    idempotent=False,
    slow_ms=2000,
    select_carrier="UserGroup",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    replaces=True,
    creates_when_empty="Id",
    tag="UserAgent",
    method_name="save_user_group",
)


def _parse_v1_user_agent_send_change_password_email(data: Any) -> m.OperationResult:
    return m.OperationResult.from_dict(parse_object(data))


def _decode_v1_user_agent_send_change_password_email(body: bytes) -> m.OperationResult:
    decoded: m.OperationResult = decoder(m.OperationResult)(body)
    return decoded


V1_USER_AGENT_SEND_CHANGE_PASSWORD_EMAIL: Operation[m.OperationResult] = Operation(
    operation_id="v1UserAgent_SendChangePasswordEMail",
    method="POST",
    path="/api/v1/Agents/User/SendChangePasswordEMail",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_send_change_password_email,
    decode=_decode_v1_user_agent_send_change_password_email,
    idempotent=False,
    slow_ms=2000,
    select_carrier="OperationResult",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="send_change_password_email",
)


def _parse_v1_user_agent_set_data_right(data: Any) -> None:
    return None


V1_USER_AGENT_SET_DATA_RIGHT: Operation[None] = Operation(
    operation_id="v1UserAgent_SetDataRight",
    method="POST",
    path="/api/v1/Agents/User/SetDataRight",
    params=(
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("table_name", "TableName", "field", "str", required=True),
        Param(
            "relation_to_owner",
            "RelationToOwner",
            "field",
            "enum",
            type="RelationToOwnerType",
            required=True,
            nullable=True,
        ),
        Param("data_right_value", "DataRightValue", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_data_right,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="set_data_right",
)


def _parse_v1_user_agent_set_external_user_info(data: Any) -> None:
    return None


V1_USER_AGENT_SET_EXTERNAL_USER_INFO: Operation[None] = Operation(
    operation_id="v1UserAgent_SetExternalUserInfo",
    method="POST",
    path="/api/v1/Agents/User/SetExternalUserInfo",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("user_name", "UserName", "field", "str", required=True),
        Param("password", "Password", "field", "str", required=True),
        Param("is_active", "IsActive", "field", "bool", required=True),
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "external_user_info_modification",
            "ExternalUserInfoModification",
            "field",
            "enum",
            type="ExternalUserInfoModification",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_external_user_info,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="set_external_user_info",
)


def _parse_v1_user_agent_set_functional_rights(data: Any) -> None:
    return None


V1_USER_AGENT_SET_FUNCTIONAL_RIGHTS: Operation[None] = Operation(
    operation_id="v1UserAgent_SetFunctionalRights",
    method="POST",
    path="/api/v1/Agents/User/SetFunctionalRights",
    params=(
        Param(
            "role_id",
            "RoleId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "functional_right_ids",
            "FunctionalRightIds",
            "field",
            "int_list",
            required=True,
            nullable=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_functional_rights,
    idempotent=True,
    slow_ms=2000,
    body="fields",
    no_content=True,
    status=204,
    tag="UserAgent",
    method_name="set_functional_rights",
)


def _parse_v1_user_agent_set_generated_password(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_set_generated_password(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_SET_GENERATED_PASSWORD: Operation[str] = Operation(
    operation_id="v1UserAgent_SetGeneratedPassword",
    method="POST",
    path="/api/v1/Agents/User/SetGeneratedPassword",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_generated_password,
    decode=_decode_v1_user_agent_set_generated_password,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="set_generated_password",
)


def _parse_v1_user_agent_set_generated_password_from_name(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_agent_set_generated_password_from_name(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_AGENT_SET_GENERATED_PASSWORD_FROM_NAME: Operation[str] = Operation(
    operation_id="v1UserAgent_SetGeneratedPasswordFromName",
    method="POST",
    path="/api/v1/Agents/User/SetGeneratedPasswordFromName",
    params=(
        Param("associate_name", "AssociateName", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_generated_password_from_name,
    decode=_decode_v1_user_agent_set_generated_password_from_name,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="set_generated_password_from_name",
)


def _parse_v1_user_agent_set_password(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_set_password(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_SET_PASSWORD: Operation[bool] = Operation(
    operation_id="v1UserAgent_SetPassword",
    method="POST",
    path="/api/v1/Agents/User/SetPassword",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param("password", "Password", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_password,
    decode=_decode_v1_user_agent_set_password,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="set_password",
)


def _parse_v1_user_agent_set_password_from_name(data: Any) -> bool:
    return parse_typed(data, bool)


def _decode_v1_user_agent_set_password_from_name(body: bytes) -> bool:
    decoded: bool = decoder(bool)(body)
    return decoded


V1_USER_AGENT_SET_PASSWORD_FROM_NAME: Operation[bool] = Operation(
    operation_id="v1UserAgent_SetPasswordFromName",
    method="POST",
    path="/api/v1/Agents/User/SetPasswordFromName",
    params=(
        Param("associate_name", "AssociateName", "field", "str", required=True),
        Param("password", "Password", "field", "str", required=True),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_password_from_name,
    decode=_decode_v1_user_agent_set_password_from_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="set_password_from_name",
)


def _parse_v1_user_agent_set_user_presence_status(data: Any) -> m.UserPresenceStatus:
    return m.UserPresenceStatus.from_dict(parse_object(data))


def _decode_v1_user_agent_set_user_presence_status(body: bytes) -> m.UserPresenceStatus:
    decoded: m.UserPresenceStatus = decoder(m.UserPresenceStatus)(body)
    return decoded


V1_USER_AGENT_SET_USER_PRESENCE_STATUS: Operation[m.UserPresenceStatus] = Operation(
    operation_id="v1UserAgent_SetUserPresenceStatus",
    method="POST",
    path="/api/v1/Agents/User/SetUserPresenceStatus",
    params=(
        Param(
            "associate_id",
            "AssociateId",
            "field",
            "int",
            required=True,
            minimum=-2147483648,
            maximum=2147483647,
        ),
        Param(
            "user_presence_status",
            "UserPresenceStatus",
            "field",
            "carrier",
            type="UserPresenceStatus",
            required=True,
            nullable=True,
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_set_user_presence_status,
    decode=_decode_v1_user_agent_set_user_presence_status,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserPresenceStatus",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="set_user_presence_status",
)


def _parse_v1_user_agent_validate_user(data: Any) -> dict[str, str]:
    return parse_string_map(data)


def _decode_v1_user_agent_validate_user(body: bytes) -> dict[str, str]:
    decoded: dict[str, str] = decoder(dict[str, str])(body)
    return decoded


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
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_agent_validate_user,
    decode=_decode_v1_user_agent_validate_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="fields",
    tag="UserAgent",
    method_name="validate_user",
)


def _parse_v1_user_get_all(data: Any) -> m.ODataSlimResponse:
    return m.ODataSlimResponse.from_dict(parse_object(data))


def _decode_v1_user_get_all(body: bytes) -> m.ODataSlimResponse:
    decoded: m.ODataSlimResponse = decoder(m.ODataSlimResponse)(body)
    return decoded


V1_USER_GET_ALL: Operation[m.ODataSlimResponse] = Operation(
    operation_id="v1User_GetAll",
    method="GET",
    path="/api/v1/User",
    params=(
        Param("select", "$select", "query", "select", type="AllUsersRow"),
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
    decode=_decode_v1_user_get_all,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="get_all",
)


def _parse_v1_user_post_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(parse_object(data))


def _decode_v1_user_post_user(body: bytes) -> m.UserWithLinks:
    decoded: m.UserWithLinks = decoder(m.UserWithLinks)(body)
    return decoded


V1_USER_POST_USER: Operation[m.UserWithLinks] = Operation(
    operation_id="v1User_PostUser",
    method="POST",
    path="/api/v1/User",
    params=(
        Param(
            "user",
            "body",
            "body",
            "carrier",
            type="User",
            required=True,
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
    ),
    parse=_parse_v1_user_post_user,
    decode=_decode_v1_user_post_user,
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
    tag="User",
    method_name="create",
)


def _parse_v1_user_get_credential_types(data: Any) -> list[m.CredentialType]:
    return [
        m.CredentialType.from_dict(parse_object(item)) for item in parse_array(data)
    ]


def _decode_v1_user_get_credential_types(body: bytes) -> list[m.CredentialType]:
    decoded: list[m.CredentialType] = decoder(list[m.CredentialType])(body)
    return decoded


V1_USER_GET_CREDENTIAL_TYPES: Operation[list[m.CredentialType]] = Operation(
    operation_id="v1User_GetCredentialTypes",
    method="GET",
    path="/api/v1/User/CredentialTypes",
    params=(),
    parse=_parse_v1_user_get_credential_types,
    decode=_decode_v1_user_get_credential_types,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="credential_types",
)


def _parse_v1_user_get_custom_field_info_list(data: Any) -> list[m.FieldInfoBase]:
    return [m.FieldInfoBase.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_get_custom_field_info_list(body: bytes) -> list[m.FieldInfoBase]:
    decoded: list[m.FieldInfoBase] = decoder(list[m.FieldInfoBase])(body)
    return decoded


V1_USER_GET_CUSTOM_FIELD_INFO_LIST: Operation[list[m.FieldInfoBase]] = Operation(
    operation_id="v1User_GetCustomFieldInfoList",
    method="GET",
    path="/api/v1/User/CustomField",
    params=(),
    parse=_parse_v1_user_get_custom_field_info_list,
    decode=_decode_v1_user_get_custom_field_info_list,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="custom_fields",
)


def _parse_v1_user_get_custom_field_info(data: Any) -> m.FieldInfoBase:
    return m.FieldInfoBase.from_dict(parse_object(data))


def _decode_v1_user_get_custom_field_info(body: bytes) -> m.FieldInfoBase:
    decoded: m.FieldInfoBase = decoder(m.FieldInfoBase)(body)
    return decoded


V1_USER_GET_CUSTOM_FIELD_INFO: Operation[m.FieldInfoBase] = Operation(
    operation_id="v1User_GetCustomFieldInfo",
    method="GET",
    path="/api/v1/User/CustomField/{fieldName}",
    params=(
        Param("field_name", "fieldName", "path", "str", required=True, min_length=1),
    ),
    parse=_parse_v1_user_get_custom_field_info,
    decode=_decode_v1_user_get_custom_field_info,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="custom_field",
)


def _parse_v1_user_create_default_user_from_user_type_and_person_id(
    data: Any,
) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_create_default_user_from_user_type_and_person_id(
    body: bytes,
) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID: Operation[m.User] = Operation(
    operation_id="v1User_CreateDefaultUserFromUserTypeAndPersonId",
    method="GET",
    path="/api/v1/User/Default",
    params=(
        Param("user_type", "userType", "query", "enum", type="UserType"),
        Param("person_id", "personId", "query", "int", minimum=0, maximum=2147483647),
    ),
    parse=_parse_v1_user_create_default_user_from_user_type_and_person_id,
    decode=_decode_v1_user_create_default_user_from_user_type_and_person_id,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="default",
)


def _parse_v1_user_validate_user(data: Any) -> dict[str, str]:
    return parse_string_map(data)


def _decode_v1_user_validate_user(body: bytes) -> dict[str, str]:
    decoded: dict[str, str] = decoder(dict[str, str])(body)
    return decoded


V1_USER_VALIDATE_USER: Operation[dict[str, str]] = Operation(
    operation_id="v1User_ValidateUser",
    method="POST",
    path="/api/v1/User/Validate",
    params=(
        Param(
            "user",
            "body",
            "body",
            "carrier",
            type="User",
            required=True,
            accepts=("UserWithLinks",),
        ),
    ),
    parse=_parse_v1_user_validate_user,
    decode=_decode_v1_user_validate_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    tag="User",
    method_name="validate",
)


def _parse_v1_user_get_current_user(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_get_current_user(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


V1_USER_GET_CURRENT_USER: Operation[m.User] = Operation(
    operation_id="v1User_GetCurrentUser",
    method="GET",
    path="/api/v1/User/current",
    params=(),
    parse=_parse_v1_user_get_current_user,
    decode=_decode_v1_user_get_current_user,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="current",
)


def _parse_v1_user_get_current_associate(data: Any) -> m.Associate:
    return m.Associate.from_dict(parse_object(data))


def _decode_v1_user_get_current_associate(body: bytes) -> m.Associate:
    decoded: m.Associate = decoder(m.Associate)(body)
    return decoded


V1_USER_GET_CURRENT_ASSOCIATE: Operation[m.Associate] = Operation(
    operation_id="v1User_GetCurrentAssociate",
    method="GET",
    path="/api/v1/User/currentAssociate",
    params=(),
    parse=_parse_v1_user_get_current_associate,
    decode=_decode_v1_user_get_current_associate,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="current_associate",
)


def _parse_v1_user_get_current_principal(data: Any) -> m.SoPrincipalCarrier:
    return m.SoPrincipalCarrier.from_dict(parse_object(data))


def _decode_v1_user_get_current_principal(body: bytes) -> m.SoPrincipalCarrier:
    decoded: m.SoPrincipalCarrier = decoder(m.SoPrincipalCarrier)(body)
    return decoded


V1_USER_GET_CURRENT_PRINCIPAL: Operation[m.SoPrincipalCarrier] = Operation(
    operation_id="v1User_GetCurrentPrincipal",
    method="GET",
    path="/api/v1/User/currentPrincipal",
    params=(),
    parse=_parse_v1_user_get_current_principal,
    decode=_decode_v1_user_get_current_principal,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="current_principal",
)


def _parse_v1_user_get_current_token(data: Any) -> str:
    return parse_typed(data, str)


def _decode_v1_user_get_current_token(body: bytes) -> str:
    decoded: str = decoder(str)(body)
    return decoded


V1_USER_GET_CURRENT_TOKEN: Operation[str] = Operation(
    operation_id="v1User_GetCurrentToken",
    method="GET",
    path="/api/v1/User/currentToken",
    params=(),
    parse=_parse_v1_user_get_current_token,
    decode=_decode_v1_user_get_current_token,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="current_token",
)


def _parse_v1_user_get_user_presence_status(data: Any) -> m.UserPresenceStatus:
    return m.UserPresenceStatus.from_dict(parse_object(data))


def _decode_v1_user_get_user_presence_status(body: bytes) -> m.UserPresenceStatus:
    decoded: m.UserPresenceStatus = decoder(m.UserPresenceStatus)(body)
    return decoded


V1_USER_GET_USER_PRESENCE_STATUS: Operation[m.UserPresenceStatus] = Operation(
    operation_id="v1User_GetUserPresenceStatus",
    method="GET",
    path="/api/v1/User/{associateId}/UserPresenceStatus",
    params=(
        Param(
            "associate_id",
            "associateId",
            "path",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
    ),
    parse=_parse_v1_user_get_user_presence_status,
    decode=_decode_v1_user_get_user_presence_status,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="get_presence_status",
)


def _parse_v1_user_set_user_presence_status(data: Any) -> m.UserPresenceStatus:
    return m.UserPresenceStatus.from_dict(parse_object(data))


def _decode_v1_user_set_user_presence_status(body: bytes) -> m.UserPresenceStatus:
    decoded: m.UserPresenceStatus = decoder(m.UserPresenceStatus)(body)
    return decoded


V1_USER_SET_USER_PRESENCE_STATUS: Operation[m.UserPresenceStatus] = Operation(
    operation_id="v1User_SetUserPresenceStatus",
    method="PUT",
    path="/api/v1/User/{associateId}/UserPresenceStatus",
    params=(
        Param(
            "associate_id",
            "associateId",
            "path",
            "int",
            required=True,
            minimum=1,
            maximum=2147483647,
        ),
        Param(
            "user_presence_status",
            "body",
            "body",
            "carrier",
            type="UserPresenceStatus",
            required=True,
        ),
    ),
    parse=_parse_v1_user_set_user_presence_status,
    decode=_decode_v1_user_set_user_presence_status,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    tag="User",
    method_name="set_presence_status",
)


def _parse_v1_user_get_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(parse_object(data))


def _decode_v1_user_get_user(body: bytes) -> m.UserWithLinks:
    decoded: m.UserWithLinks = decoder(m.UserWithLinks)(body)
    return decoded


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
            reserved=(
                "CredentialTypes",
                "CustomField",
                "Default",
                "current",
                "currentAssociate",
                "currentPrincipal",
                "currentToken",
            ),
        ),
        Param("select", "$select", "query", "select"),
        Param("foreign_keys", "fk", "query", "bool"),
    ),
    parse=_parse_v1_user_get_user,
    decode=_decode_v1_user_get_user,
    idempotent=True,
    slow_ms=2000,
    select_carrier="UserWithLinks",
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="get",
)


def _parse_v1_user_put_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(parse_object(data))


def _decode_v1_user_put_user(body: bytes) -> m.UserWithLinks:
    decoded: m.UserWithLinks = decoder(m.UserWithLinks)(body)
    return decoded


V1_USER_PUT_USER: Operation[m.UserWithLinks] = Operation(
    operation_id="v1User_PutUser",
    method="PUT",
    path="/api/v1/User/{id}",
    params=(
        Param(
            "user_id", "id", "path", "int", required=True, minimum=1, maximum=2147483647
        ),
        Param(
            "user",
            "body",
            "body",
            "carrier",
            type="User",
            required=True,
            accepts=("UserWithLinks",),
        ),
        Param("select", "$select", "query", "select"),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_put_user,
    decode=_decode_v1_user_put_user,
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
    replaces=True,
    tag="User",
    method_name="put",
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
    tag="User",
    method_name="delete",
)


def _parse_v1_user_patch_user(data: Any) -> m.UserWithLinks:
    return m.UserWithLinks.from_dict(parse_object(data))


def _decode_v1_user_patch_user(body: bytes) -> m.UserWithLinks:
    decoded: m.UserWithLinks = decoder(m.UserWithLinks)(body)
    return decoded


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
    decode=_decode_v1_user_patch_user,
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
    tag="User",
    method_name="_patch",
)


def _parse_v1_user_get_user_commands_async(data: Any) -> list[m.CustomCommand]:
    return [m.CustomCommand.from_dict(parse_object(item)) for item in parse_array(data)]


def _decode_v1_user_get_user_commands_async(body: bytes) -> list[m.CustomCommand]:
    decoded: list[m.CustomCommand] = decoder(list[m.CustomCommand])(body)
    return decoded


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
    decode=_decode_v1_user_get_user_commands_async,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="get_commands",
)


def _parse_v1_user_execute_user_command_async(data: Any) -> m.CommandResult:
    return m.CommandResult.from_dict(parse_object(data))


def _decode_v1_user_execute_user_command_async(body: bytes) -> m.CommandResult:
    decoded: m.CommandResult = decoder(m.CommandResult)(body)
    return decoded


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
    decode=_decode_v1_user_execute_user_command_async,
    idempotent=False,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="execute_command",
)


def _parse_v1_user_get_all_foreign_keys_on_entity(data: Any) -> dict[str, str]:
    return parse_string_map(data)


def _decode_v1_user_get_all_foreign_keys_on_entity(body: bytes) -> dict[str, str]:
    decoded: dict[str, str] = decoder(dict[str, str])(body)
    return decoded


V1_USER_GET_ALL_FOREIGN_KEYS_ON_ENTITY: Operation[dict[str, str]] = Operation(
    operation_id="v1User_GetAllForeignKeysOnEntity",
    method="GET",
    path="/api/v1/User/{id}/ForeignKey",
    params=(
        Param("id", "id", "path", "int", required=True, minimum=1, maximum=2147483647),
    ),
    parse=_parse_v1_user_get_all_foreign_keys_on_entity,
    decode=_decode_v1_user_get_all_foreign_keys_on_entity,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="foreign_keys",
)


def _parse_v1_user_get_user_from_name(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_get_user_from_name(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


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
            reserved=(
                "CredentialTypes",
                "CustomField",
                "Default",
                "current",
                "currentAssociate",
                "currentPrincipal",
                "currentToken",
            ),
        ),
    ),
    parse=_parse_v1_user_get_user_from_name,
    decode=_decode_v1_user_get_user_from_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    tag="User",
    method_name="get_by_name",
)


def _parse_v1_user_save_user_from_name(data: Any) -> m.User:
    return m.User.from_dict(parse_object(data))


def _decode_v1_user_save_user_from_name(body: bytes) -> m.User:
    decoded: m.User = decoder(m.User)(body)
    return decoded


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
        Param(
            "user",
            "body",
            "body",
            "carrier",
            type="User",
            required=True,
            accepts=("UserWithLinks",),
        ),
        Param("replace", "replace", "local", "replace"),
    ),
    parse=_parse_v1_user_save_user_from_name,
    decode=_decode_v1_user_save_user_from_name,
    idempotent=True,
    slow_ms=2000,
    option_headers=(
        ("accept_language", "Accept-Language"),
        ("language", "SO-Language"),
        ("culture", "SO-Culture"),
        ("time_zone", "SO-TimeZone"),
    ),
    body="value",
    replaces=True,
    tag="User",
    method_name="save_by_name",
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
    tag="User",
    method_name="delete_by_name",
)


OPERATIONS: tuple[Operation[Any], ...] = (
    V1_USER_AGENT_ADD_OWNER_CONTACT,
    V1_USER_AGENT_CAN_CHANGE_PASSWORD,
    V1_USER_AGENT_CHANGE_OWN_PASSWORD,
    V1_USER_AGENT_CHANGE_PASSWORD,
    V1_USER_AGENT_CHANGE_PASSWORD_FROM_NAME,
    V1_USER_AGENT_CHANGE_USER_TYPE,
    V1_USER_AGENT_CHECK_ACCESS_GATEWAY_REGISTRATION,
    V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY,
    V1_USER_AGENT_CREATE_DEFAULT_ROLE_ENTITY_FROM_TYPE,
    V1_USER_AGENT_CREATE_DEFAULT_SERVICE_AUTH,
    V1_USER_AGENT_CREATE_DEFAULT_UNTRUSTED_CREDENTIALS,
    V1_USER_AGENT_CREATE_DEFAULT_USER,
    V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE,
    V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_CREDENTIAL,
    V1_USER_AGENT_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
    V1_USER_AGENT_CREATE_EXTERNAL_USER,
    V1_USER_AGENT_CREATE_USER_GROUP,
    V1_USER_AGENT_DECRYPT_AND_SAVE_EXTERNAL_TOKENS,
    V1_USER_AGENT_DELETE_CREDENTIAL,
    V1_USER_AGENT_DELETE_EXTERNAL_USER,
    V1_USER_AGENT_DELETE_ROLE,
    V1_USER_AGENT_DELETE_SERVICE_AUTH,
    V1_USER_AGENT_DELETE_USER,
    V1_USER_AGENT_DELETE_USER_FROM_NAME,
    V1_USER_AGENT_DELETE_USER_GROUP,
    V1_USER_AGENT_EXCHANGE_CODE_AND_SAVE_TOKENS,
    V1_USER_AGENT_EXECUTE_USER_COMMAND,
    V1_USER_AGENT_FIND_CREDENTIAL_USERS,
    V1_USER_AGENT_FIND_CREDENTIALS_GROUPS,
    V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHT,
    V1_USER_AGENT_FIND_ROLES_WITH_FUNCTIONAL_RIGHTS,
    V1_USER_AGENT_FIND_ROLES_WITHOUT_FUNCTIONAL_RIGHTS,
    V1_USER_AGENT_GENERATE_NEW_PASSWORD_FOR_EXTERNAL_USER,
    V1_USER_AGENT_GET_ACCESS_GATEWAY_INFO,
    V1_USER_AGENT_GET_ACCESS_TOKEN,
    V1_USER_AGENT_GET_ALL_DATA_RIGHTS,
    V1_USER_AGENT_GET_ALL_FUNCTIONAL_RIGHTS,
    V1_USER_AGENT_GET_ALL_ROLES,
    V1_USER_AGENT_GET_ALL_USER_GROUPS,
    V1_USER_AGENT_GET_CREDENTIAL_TYPES,
    V1_USER_AGENT_GET_CREDENTIAL_TYPES_FOR_USER_TYPE,
    V1_USER_AGENT_GET_CREDENTIAL_USERS_IN_GROUP,
    V1_USER_AGENT_GET_DATA_RIGHT,
    V1_USER_AGENT_GET_DATA_RIGHTS,
    V1_USER_AGENT_GET_DEFAULT_ASSOCIATE_USER_NAME,
    V1_USER_AGENT_GET_EXTERNAL_TOKENS,
    V1_USER_AGENT_GET_FUNCTIONAL_RIGHTS,
    V1_USER_AGENT_GET_OR_REGISTER_ACCESS_GATEWAY_INFO,
    V1_USER_AGENT_GET_ROLE,
    V1_USER_AGENT_GET_ROLE_ENTITY,
    V1_USER_AGENT_GET_SERVICE_AUTH,
    V1_USER_AGENT_GET_SUPPORTED_CHANGE_PASSWORD_TYPES,
    V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS,
    V1_USER_AGENT_GET_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
    V1_USER_AGENT_GET_USER,
    V1_USER_AGENT_GET_USER_COMMANDS,
    V1_USER_AGENT_GET_USER_FROM_EJ_USER_ID,
    V1_USER_AGENT_GET_USER_FROM_NAME,
    V1_USER_AGENT_GET_USER_FROM_PERSON_ID,
    V1_USER_AGENT_GET_USER_GROUP,
    V1_USER_AGENT_GET_USER_GROUP_LIST,
    V1_USER_AGENT_GET_USER_INFO,
    V1_USER_AGENT_GET_USER_INFO_LIST,
    V1_USER_AGENT_GET_USER_PRESENCE_STATUS,
    V1_USER_AGENT_GET_VALID_USER_NAME,
    V1_USER_AGENT_GET_VALID_USER_NAME_FOR_NEW_USER,
    V1_USER_AGENT_IS_NICK_NAME_UNIQUE,
    V1_USER_AGENT_IS_PASSWORD_VALID,
    V1_USER_AGENT_IS_PASSWORD_VALID_WITH_REASON,
    V1_USER_AGENT_IS_USER_NAME_VALID,
    V1_USER_AGENT_IS_USER_NAME_VALID_WITH_REASON,
    V1_USER_AGENT_MAKE_RETIRED,
    V1_USER_AGENT_REGISTER_WITH_ACCESS_GATEWAY,
    V1_USER_AGENT_REMOVE_LICENSES,
    V1_USER_AGENT_REMOVE_OWNER_CONTACT,
    V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS,
    V1_USER_AGENT_REMOVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
    V1_USER_AGENT_RESOLVE_USER_FROM_INFO,
    V1_USER_AGENT_SAVE_CREDENTIAL,
    V1_USER_AGENT_SAVE_EXTERNAL_TOKENS,
    V1_USER_AGENT_SAVE_ROLE_ENTITY,
    V1_USER_AGENT_SAVE_SERVICE_AUTH,
    V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS,
    V1_USER_AGENT_SAVE_UNTRUSTED_CREDENTIALS_FOR_ASSOCIATE,
    V1_USER_AGENT_SAVE_USER,
    V1_USER_AGENT_SAVE_USER_FROM_NAME,
    V1_USER_AGENT_SAVE_USER_GROUP,
    V1_USER_AGENT_SEND_CHANGE_PASSWORD_EMAIL,
    V1_USER_AGENT_SET_DATA_RIGHT,
    V1_USER_AGENT_SET_EXTERNAL_USER_INFO,
    V1_USER_AGENT_SET_FUNCTIONAL_RIGHTS,
    V1_USER_AGENT_SET_GENERATED_PASSWORD,
    V1_USER_AGENT_SET_GENERATED_PASSWORD_FROM_NAME,
    V1_USER_AGENT_SET_PASSWORD,
    V1_USER_AGENT_SET_PASSWORD_FROM_NAME,
    V1_USER_AGENT_SET_USER_PRESENCE_STATUS,
    V1_USER_AGENT_VALIDATE_USER,
    V1_USER_GET_ALL,
    V1_USER_POST_USER,
    V1_USER_GET_CREDENTIAL_TYPES,
    V1_USER_GET_CUSTOM_FIELD_INFO_LIST,
    V1_USER_GET_CUSTOM_FIELD_INFO,
    V1_USER_CREATE_DEFAULT_USER_FROM_USER_TYPE_AND_PERSON_ID,
    V1_USER_VALIDATE_USER,
    V1_USER_GET_CURRENT_USER,
    V1_USER_GET_CURRENT_ASSOCIATE,
    V1_USER_GET_CURRENT_PRINCIPAL,
    V1_USER_GET_CURRENT_TOKEN,
    V1_USER_GET_USER_PRESENCE_STATUS,
    V1_USER_SET_USER_PRESENCE_STATUS,
    V1_USER_GET_USER,
    V1_USER_PUT_USER,
    V1_USER_DELETE_USER,
    V1_USER_PATCH_USER,
    V1_USER_GET_USER_COMMANDS_ASYNC,
    V1_USER_EXECUTE_USER_COMMAND_ASYNC,
    V1_USER_GET_ALL_FOREIGN_KEYS_ON_ENTITY,
    V1_USER_GET_USER_FROM_NAME,
    V1_USER_SAVE_USER_FROM_NAME,
    V1_USER_DELETE_USER_FROM_NAME,
)
"""Every operation of the spec, in path order."""

BY_ID: dict[str, Operation[Any]] = {op.operation_id: op for op in OPERATIONS}
