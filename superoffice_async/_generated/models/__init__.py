"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used, so that importing the package
costs only what a program touches.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_gateway_info import AccessGatewayInfo
    from .add_owner_contact_request import AddOwnerContactRequest
    from .all_users_row import AllUsersRow
    from .associate import Associate
    from .can_change_password_request import CanChangePasswordRequest
    from .change_own_password_request import ChangeOwnPasswordRequest
    from .change_password_from_name_request import ChangePasswordFromNameRequest
    from .change_password_request import ChangePasswordRequest
    from .change_password_type import ChangePasswordType
    from .change_user_type_request import ChangeUserTypeRequest
    from .command_action import CommandAction
    from .command_action_result import CommandActionResult
    from .command_result import CommandResult
    from .create_default_role_entity_from_type_request import (
        CreateDefaultRoleEntityFromTypeRequest,
    )
    from .create_default_user_from_user_type_and_credential_request import (
        CreateDefaultUserFromUserTypeAndCredentialRequest,
    )
    from .create_default_user_from_user_type_and_person_id_request import (
        CreateDefaultUserFromUserTypeAndPersonIdRequest,
    )
    from .create_default_user_from_user_type_request import (
        CreateDefaultUserFromUserTypeRequest,
    )
    from .create_external_user_request import CreateExternalUserRequest
    from .credential import Credential
    from .credential_control_type import CredentialControlType
    from .credential_type import CredentialType
    from .credential_user import CredentialUser
    from .credentials_group import CredentialsGroup
    from .credentials_group_users import CredentialsGroupUsers
    from .custom_command import CustomCommand
    from .custom_field_type import CustomFieldType
    from .data_right import DataRight
    from .data_rights import DataRights
    from .decrypt_and_save_external_tokens_request import (
        DecryptAndSaveExternalTokensRequest,
    )
    from .delete_credential_request import DeleteCredentialRequest
    from .delete_external_user_request import DeleteExternalUserRequest
    from .delete_role_request import DeleteRoleRequest
    from .delete_user_from_name_request import DeleteUserFromNameRequest
    from .delete_user_group_request import DeleteUserGroupRequest
    from .ej_user_status import EjUserStatus
    from .entity_name import EntityName
    from .error_body import ErrorBody
    from .exchange_code_and_save_tokens_request import ExchangeCodeAndSaveTokensRequest
    from .execute_user_command_request import ExecuteUserCommandRequest
    from .external_user_info_modification import ExternalUserInfoModification
    from .field_info_base import FieldInfoBase
    from .field_properties import FieldProperties
    from .field_property import FieldProperty
    from .field_right import FieldRight
    from .find_credential_users_request import FindCredentialUsersRequest
    from .find_credentials_groups_request import FindCredentialsGroupsRequest
    from .find_roles_with_functional_right_request import (
        FindRolesWithFunctionalRightRequest,
    )
    from .find_roles_with_functional_rights_request import (
        FindRolesWithFunctionalRightsRequest,
    )
    from .find_roles_without_functional_rights_request import (
        FindRolesWithoutFunctionalRightsRequest,
    )
    from .generate_new_password_for_external_user_request import (
        GenerateNewPasswordForExternalUserRequest,
    )
    from .get_access_token_request import GetAccessTokenRequest
    from .get_all_data_rights_request import GetAllDataRightsRequest
    from .get_all_functional_rights_request import GetAllFunctionalRightsRequest
    from .get_all_roles_request import GetAllRolesRequest
    from .get_all_user_groups_request import GetAllUserGroupsRequest
    from .get_credential_types_for_user_type_request import (
        GetCredentialTypesForUserTypeRequest,
    )
    from .get_credential_users_in_group_request import GetCredentialUsersInGroupRequest
    from .get_data_right_request import GetDataRightRequest
    from .get_data_rights_request import GetDataRightsRequest
    from .get_default_associate_user_name_request import (
        GetDefaultAssociateUserNameRequest,
    )
    from .get_external_tokens_request import GetExternalTokensRequest
    from .get_functional_rights_request import GetFunctionalRightsRequest
    from .get_or_register_access_gateway_info_request import (
        GetOrRegisterAccessGatewayInfoRequest,
    )
    from .get_supported_change_password_types_request import (
        GetSupportedChangePasswordTypesRequest,
    )
    from .get_untrusted_credentials_for_associate_request import (
        GetUntrustedCredentialsForAssociateRequest,
    )
    from .get_untrusted_credentials_request import GetUntrustedCredentialsRequest
    from .get_user_commands_request import GetUserCommandsRequest
    from .get_user_from_ej_user_id_request import GetUserFromEjUserIdRequest
    from .get_user_from_name_request import GetUserFromNameRequest
    from .get_user_from_person_id_request import GetUserFromPersonIdRequest
    from .get_user_presence_status_request import GetUserPresenceStatusRequest
    from .get_valid_user_name_for_new_user_request import (
        GetValidUserNameForNewUserRequest,
    )
    from .get_valid_user_name_request import GetValidUserNameRequest
    from .granted_module_license import GrantedModuleLicense
    from .is_nick_name_unique_request import IsNickNameUniqueRequest
    from .is_password_valid_request import IsPasswordValidRequest
    from .is_password_valid_with_reason_request import IsPasswordValidWithReasonRequest
    from .is_user_name_valid_request import IsUserNameValidRequest
    from .is_user_name_valid_with_reason_request import IsUserNameValidWithReasonRequest
    from .license_owner import LicenseOwner
    from .license_type import LicenseType
    from .make_retired_request import MakeRetiredRequest
    from .mdo_list_item import MDOListItem
    from .module_license_link import ModuleLicenseLink
    from .o_data_mode import ODataMode
    from .o_data_output import ODataOutput
    from .o_data_slim_response import ODataSlimResponse
    from .operation_result import OperationResult
    from .patch_operation import PatchOperation
    from .patch_operation_op import PatchOperationOp
    from .person import Person
    from .provided_credential import ProvidedCredential
    from .register_with_access_gateway_request import RegisterWithAccessGatewayRequest
    from .relation_to_owner import RelationToOwner
    from .relation_to_owner_type import RelationToOwnerType
    from .remove_licenses_request import RemoveLicensesRequest
    from .remove_owner_contact_request import RemoveOwnerContactRequest
    from .remove_untrusted_credentials_for_associate_request import (
        RemoveUntrustedCredentialsForAssociateRequest,
    )
    from .remove_untrusted_credentials_request import RemoveUntrustedCredentialsRequest
    from .resolve_user_from_info_request import ResolveUserFromInfoRequest
    from .resolved_user import ResolvedUser
    from .role import Role
    from .role_entity import RoleEntity
    from .role_type import RoleType
    from .save_credential_request import SaveCredentialRequest
    from .save_external_tokens_request import SaveExternalTokensRequest
    from .save_untrusted_credentials_for_associate_request import (
        SaveUntrustedCredentialsForAssociateRequest,
    )
    from .save_untrusted_credentials_request import SaveUntrustedCredentialsRequest
    from .save_user_from_name_request import SaveUserFromNameRequest
    from .save_user_group_request import SaveUserGroupRequest
    from .selectable_mdo_list_item import SelectableMDOListItem
    from .send_change_password_e_mail_request import SendChangePasswordEMailRequest
    from .service_auth import ServiceAuth
    from .set_data_right_request import SetDataRightRequest
    from .set_external_user_info_request import SetExternalUserInfoRequest
    from .set_functional_rights_request import SetFunctionalRightsRequest
    from .set_generated_password_from_name_request import (
        SetGeneratedPasswordFromNameRequest,
    )
    from .set_generated_password_request import SetGeneratedPasswordRequest
    from .set_password_from_name_request import SetPasswordFromNameRequest
    from .set_password_request import SetPasswordRequest
    from .set_user_presence_status_request import SetUserPresenceStatusRequest
    from .so_principal_carrier import SoPrincipalCarrier
    from .string_dictionary import StringDictionary
    from .table_right import TableRight
    from .token_management_info import TokenManagementInfo
    from .untrusted_credentials import UntrustedCredentials
    from .user import User
    from .user_group import UserGroup
    from .user_info import UserInfo
    from .user_presence_status import UserPresenceStatus
    from .user_type import UserType
    from .user_validation_result import UserValidationResult
    from .user_with_links import UserWithLinks
    from .v1_user_get_all_format import V1UserGetAllFormat
    from .validate_user_request import ValidateUserRequest

_MODULES = {
    "AccessGatewayInfo": ".access_gateway_info",
    "AddOwnerContactRequest": ".add_owner_contact_request",
    "AllUsersRow": ".all_users_row",
    "Associate": ".associate",
    "CanChangePasswordRequest": ".can_change_password_request",
    "ChangeOwnPasswordRequest": ".change_own_password_request",
    "ChangePasswordFromNameRequest": ".change_password_from_name_request",
    "ChangePasswordRequest": ".change_password_request",
    "ChangePasswordType": ".change_password_type",
    "ChangeUserTypeRequest": ".change_user_type_request",
    "CommandAction": ".command_action",
    "CommandActionResult": ".command_action_result",
    "CommandResult": ".command_result",
    "CreateDefaultRoleEntityFromTypeRequest": ".create_default_role_entity_from_type_request",
    "CreateDefaultUserFromUserTypeAndCredentialRequest": ".create_default_user_from_user_type_and_credential_request",
    "CreateDefaultUserFromUserTypeAndPersonIdRequest": ".create_default_user_from_user_type_and_person_id_request",
    "CreateDefaultUserFromUserTypeRequest": ".create_default_user_from_user_type_request",
    "CreateExternalUserRequest": ".create_external_user_request",
    "Credential": ".credential",
    "CredentialControlType": ".credential_control_type",
    "CredentialType": ".credential_type",
    "CredentialUser": ".credential_user",
    "CredentialsGroup": ".credentials_group",
    "CredentialsGroupUsers": ".credentials_group_users",
    "CustomCommand": ".custom_command",
    "CustomFieldType": ".custom_field_type",
    "DataRight": ".data_right",
    "DataRights": ".data_rights",
    "DecryptAndSaveExternalTokensRequest": ".decrypt_and_save_external_tokens_request",
    "DeleteCredentialRequest": ".delete_credential_request",
    "DeleteExternalUserRequest": ".delete_external_user_request",
    "DeleteRoleRequest": ".delete_role_request",
    "DeleteUserFromNameRequest": ".delete_user_from_name_request",
    "DeleteUserGroupRequest": ".delete_user_group_request",
    "EjUserStatus": ".ej_user_status",
    "EntityName": ".entity_name",
    "ErrorBody": ".error_body",
    "ExchangeCodeAndSaveTokensRequest": ".exchange_code_and_save_tokens_request",
    "ExecuteUserCommandRequest": ".execute_user_command_request",
    "ExternalUserInfoModification": ".external_user_info_modification",
    "FieldInfoBase": ".field_info_base",
    "FieldProperties": ".field_properties",
    "FieldProperty": ".field_property",
    "FieldRight": ".field_right",
    "FindCredentialUsersRequest": ".find_credential_users_request",
    "FindCredentialsGroupsRequest": ".find_credentials_groups_request",
    "FindRolesWithFunctionalRightRequest": ".find_roles_with_functional_right_request",
    "FindRolesWithFunctionalRightsRequest": ".find_roles_with_functional_rights_request",
    "FindRolesWithoutFunctionalRightsRequest": ".find_roles_without_functional_rights_request",
    "GenerateNewPasswordForExternalUserRequest": ".generate_new_password_for_external_user_request",
    "GetAccessTokenRequest": ".get_access_token_request",
    "GetAllDataRightsRequest": ".get_all_data_rights_request",
    "GetAllFunctionalRightsRequest": ".get_all_functional_rights_request",
    "GetAllRolesRequest": ".get_all_roles_request",
    "GetAllUserGroupsRequest": ".get_all_user_groups_request",
    "GetCredentialTypesForUserTypeRequest": ".get_credential_types_for_user_type_request",
    "GetCredentialUsersInGroupRequest": ".get_credential_users_in_group_request",
    "GetDataRightRequest": ".get_data_right_request",
    "GetDataRightsRequest": ".get_data_rights_request",
    "GetDefaultAssociateUserNameRequest": ".get_default_associate_user_name_request",
    "GetExternalTokensRequest": ".get_external_tokens_request",
    "GetFunctionalRightsRequest": ".get_functional_rights_request",
    "GetOrRegisterAccessGatewayInfoRequest": ".get_or_register_access_gateway_info_request",
    "GetSupportedChangePasswordTypesRequest": ".get_supported_change_password_types_request",
    "GetUntrustedCredentialsForAssociateRequest": ".get_untrusted_credentials_for_associate_request",
    "GetUntrustedCredentialsRequest": ".get_untrusted_credentials_request",
    "GetUserCommandsRequest": ".get_user_commands_request",
    "GetUserFromEjUserIdRequest": ".get_user_from_ej_user_id_request",
    "GetUserFromNameRequest": ".get_user_from_name_request",
    "GetUserFromPersonIdRequest": ".get_user_from_person_id_request",
    "GetUserPresenceStatusRequest": ".get_user_presence_status_request",
    "GetValidUserNameForNewUserRequest": ".get_valid_user_name_for_new_user_request",
    "GetValidUserNameRequest": ".get_valid_user_name_request",
    "GrantedModuleLicense": ".granted_module_license",
    "IsNickNameUniqueRequest": ".is_nick_name_unique_request",
    "IsPasswordValidRequest": ".is_password_valid_request",
    "IsPasswordValidWithReasonRequest": ".is_password_valid_with_reason_request",
    "IsUserNameValidRequest": ".is_user_name_valid_request",
    "IsUserNameValidWithReasonRequest": ".is_user_name_valid_with_reason_request",
    "LicenseOwner": ".license_owner",
    "LicenseType": ".license_type",
    "MakeRetiredRequest": ".make_retired_request",
    "MDOListItem": ".mdo_list_item",
    "ModuleLicenseLink": ".module_license_link",
    "ODataMode": ".o_data_mode",
    "ODataOutput": ".o_data_output",
    "ODataSlimResponse": ".o_data_slim_response",
    "OperationResult": ".operation_result",
    "PatchOperation": ".patch_operation",
    "PatchOperationOp": ".patch_operation_op",
    "Person": ".person",
    "ProvidedCredential": ".provided_credential",
    "RegisterWithAccessGatewayRequest": ".register_with_access_gateway_request",
    "RelationToOwner": ".relation_to_owner",
    "RelationToOwnerType": ".relation_to_owner_type",
    "RemoveLicensesRequest": ".remove_licenses_request",
    "RemoveOwnerContactRequest": ".remove_owner_contact_request",
    "RemoveUntrustedCredentialsForAssociateRequest": ".remove_untrusted_credentials_for_associate_request",
    "RemoveUntrustedCredentialsRequest": ".remove_untrusted_credentials_request",
    "ResolveUserFromInfoRequest": ".resolve_user_from_info_request",
    "ResolvedUser": ".resolved_user",
    "Role": ".role",
    "RoleEntity": ".role_entity",
    "RoleType": ".role_type",
    "SaveCredentialRequest": ".save_credential_request",
    "SaveExternalTokensRequest": ".save_external_tokens_request",
    "SaveUntrustedCredentialsForAssociateRequest": ".save_untrusted_credentials_for_associate_request",
    "SaveUntrustedCredentialsRequest": ".save_untrusted_credentials_request",
    "SaveUserFromNameRequest": ".save_user_from_name_request",
    "SaveUserGroupRequest": ".save_user_group_request",
    "SelectableMDOListItem": ".selectable_mdo_list_item",
    "SendChangePasswordEMailRequest": ".send_change_password_e_mail_request",
    "ServiceAuth": ".service_auth",
    "SetDataRightRequest": ".set_data_right_request",
    "SetExternalUserInfoRequest": ".set_external_user_info_request",
    "SetFunctionalRightsRequest": ".set_functional_rights_request",
    "SetGeneratedPasswordFromNameRequest": ".set_generated_password_from_name_request",
    "SetGeneratedPasswordRequest": ".set_generated_password_request",
    "SetPasswordFromNameRequest": ".set_password_from_name_request",
    "SetPasswordRequest": ".set_password_request",
    "SetUserPresenceStatusRequest": ".set_user_presence_status_request",
    "SoPrincipalCarrier": ".so_principal_carrier",
    "StringDictionary": ".string_dictionary",
    "TableRight": ".table_right",
    "TokenManagementInfo": ".token_management_info",
    "UntrustedCredentials": ".untrusted_credentials",
    "User": ".user",
    "UserGroup": ".user_group",
    "UserInfo": ".user_info",
    "UserPresenceStatus": ".user_presence_status",
    "UserType": ".user_type",
    "UserValidationResult": ".user_validation_result",
    "UserWithLinks": ".user_with_links",
    "V1UserGetAllFormat": ".v1_user_get_all_format",
    "ValidateUserRequest": ".validate_user_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AccessGatewayInfo",
    "AddOwnerContactRequest",
    "AllUsersRow",
    "Associate",
    "CanChangePasswordRequest",
    "ChangeOwnPasswordRequest",
    "ChangePasswordFromNameRequest",
    "ChangePasswordRequest",
    "ChangePasswordType",
    "ChangeUserTypeRequest",
    "CommandAction",
    "CommandActionResult",
    "CommandResult",
    "CreateDefaultRoleEntityFromTypeRequest",
    "CreateDefaultUserFromUserTypeAndCredentialRequest",
    "CreateDefaultUserFromUserTypeAndPersonIdRequest",
    "CreateDefaultUserFromUserTypeRequest",
    "CreateExternalUserRequest",
    "Credential",
    "CredentialControlType",
    "CredentialType",
    "CredentialUser",
    "CredentialsGroup",
    "CredentialsGroupUsers",
    "CustomCommand",
    "CustomFieldType",
    "DataRight",
    "DataRights",
    "DecryptAndSaveExternalTokensRequest",
    "DeleteCredentialRequest",
    "DeleteExternalUserRequest",
    "DeleteRoleRequest",
    "DeleteUserFromNameRequest",
    "DeleteUserGroupRequest",
    "EjUserStatus",
    "EntityName",
    "ErrorBody",
    "ExchangeCodeAndSaveTokensRequest",
    "ExecuteUserCommandRequest",
    "ExternalUserInfoModification",
    "FieldInfoBase",
    "FieldProperties",
    "FieldProperty",
    "FieldRight",
    "FindCredentialUsersRequest",
    "FindCredentialsGroupsRequest",
    "FindRolesWithFunctionalRightRequest",
    "FindRolesWithFunctionalRightsRequest",
    "FindRolesWithoutFunctionalRightsRequest",
    "GenerateNewPasswordForExternalUserRequest",
    "GetAccessTokenRequest",
    "GetAllDataRightsRequest",
    "GetAllFunctionalRightsRequest",
    "GetAllRolesRequest",
    "GetAllUserGroupsRequest",
    "GetCredentialTypesForUserTypeRequest",
    "GetCredentialUsersInGroupRequest",
    "GetDataRightRequest",
    "GetDataRightsRequest",
    "GetDefaultAssociateUserNameRequest",
    "GetExternalTokensRequest",
    "GetFunctionalRightsRequest",
    "GetOrRegisterAccessGatewayInfoRequest",
    "GetSupportedChangePasswordTypesRequest",
    "GetUntrustedCredentialsForAssociateRequest",
    "GetUntrustedCredentialsRequest",
    "GetUserCommandsRequest",
    "GetUserFromEjUserIdRequest",
    "GetUserFromNameRequest",
    "GetUserFromPersonIdRequest",
    "GetUserPresenceStatusRequest",
    "GetValidUserNameForNewUserRequest",
    "GetValidUserNameRequest",
    "GrantedModuleLicense",
    "IsNickNameUniqueRequest",
    "IsPasswordValidRequest",
    "IsPasswordValidWithReasonRequest",
    "IsUserNameValidRequest",
    "IsUserNameValidWithReasonRequest",
    "LicenseOwner",
    "LicenseType",
    "MDOListItem",
    "MakeRetiredRequest",
    "ModuleLicenseLink",
    "ODataMode",
    "ODataOutput",
    "ODataSlimResponse",
    "OperationResult",
    "PatchOperation",
    "PatchOperationOp",
    "Person",
    "ProvidedCredential",
    "RegisterWithAccessGatewayRequest",
    "RelationToOwner",
    "RelationToOwnerType",
    "RemoveLicensesRequest",
    "RemoveOwnerContactRequest",
    "RemoveUntrustedCredentialsForAssociateRequest",
    "RemoveUntrustedCredentialsRequest",
    "ResolveUserFromInfoRequest",
    "ResolvedUser",
    "Role",
    "RoleEntity",
    "RoleType",
    "SaveCredentialRequest",
    "SaveExternalTokensRequest",
    "SaveUntrustedCredentialsForAssociateRequest",
    "SaveUntrustedCredentialsRequest",
    "SaveUserFromNameRequest",
    "SaveUserGroupRequest",
    "SelectableMDOListItem",
    "SendChangePasswordEMailRequest",
    "ServiceAuth",
    "SetDataRightRequest",
    "SetExternalUserInfoRequest",
    "SetFunctionalRightsRequest",
    "SetGeneratedPasswordFromNameRequest",
    "SetGeneratedPasswordRequest",
    "SetPasswordFromNameRequest",
    "SetPasswordRequest",
    "SetUserPresenceStatusRequest",
    "SoPrincipalCarrier",
    "StringDictionary",
    "TableRight",
    "TokenManagementInfo",
    "UntrustedCredentials",
    "User",
    "UserGroup",
    "UserInfo",
    "UserPresenceStatus",
    "UserType",
    "UserValidationResult",
    "UserWithLinks",
    "V1UserGetAllFormat",
    "ValidateUserRequest",
)
