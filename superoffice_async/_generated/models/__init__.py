"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used, so that importing the package
costs only what a program touches.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command_action import CommandAction
    from .command_action_result import CommandActionResult
    from .command_result import CommandResult
    from .credential import Credential
    from .credential_type import CredentialType
    from .custom_command import CustomCommand
    from .error_body import ErrorBody
    from .execute_user_command_request import ExecuteUserCommandRequest
    from .field_properties import FieldProperties
    from .field_property import FieldProperty
    from .field_right import FieldRight
    from .license_owner import LicenseOwner
    from .mdo_list_item import MDOListItem
    from .module_license_link import ModuleLicenseLink
    from .o_data_mode import ODataMode
    from .o_data_output import ODataOutput
    from .o_data_row import ODataRow
    from .o_data_slim_response import ODataSlimResponse
    from .patch_operation import PatchOperation
    from .patch_operation_op import PatchOperationOp
    from .person import Person
    from .role import Role
    from .save_user_from_name_request import SaveUserFromNameRequest
    from .string_dictionary import StringDictionary
    from .table_right import TableRight
    from .user import User
    from .user_group import UserGroup
    from .user_name_request import UserNameRequest
    from .user_request import UserRequest
    from .user_type import UserType
    from .user_with_links import UserWithLinks
    from .v1_user_get_all_format import V1UserGetAllFormat

_MODULES = {
    "CommandAction": ".command_action",
    "CommandActionResult": ".command_action_result",
    "CommandResult": ".command_result",
    "Credential": ".credential",
    "CredentialType": ".credential_type",
    "CustomCommand": ".custom_command",
    "ErrorBody": ".error_body",
    "ExecuteUserCommandRequest": ".execute_user_command_request",
    "FieldProperties": ".field_properties",
    "FieldProperty": ".field_property",
    "FieldRight": ".field_right",
    "LicenseOwner": ".license_owner",
    "MDOListItem": ".mdo_list_item",
    "ModuleLicenseLink": ".module_license_link",
    "ODataMode": ".o_data_mode",
    "ODataOutput": ".o_data_output",
    "ODataRow": ".o_data_row",
    "ODataSlimResponse": ".o_data_slim_response",
    "PatchOperation": ".patch_operation",
    "PatchOperationOp": ".patch_operation_op",
    "Person": ".person",
    "Role": ".role",
    "SaveUserFromNameRequest": ".save_user_from_name_request",
    "StringDictionary": ".string_dictionary",
    "TableRight": ".table_right",
    "User": ".user",
    "UserGroup": ".user_group",
    "UserNameRequest": ".user_name_request",
    "UserRequest": ".user_request",
    "UserType": ".user_type",
    "UserWithLinks": ".user_with_links",
    "V1UserGetAllFormat": ".v1_user_get_all_format",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "CommandAction",
    "CommandActionResult",
    "CommandResult",
    "Credential",
    "CredentialType",
    "CustomCommand",
    "ErrorBody",
    "ExecuteUserCommandRequest",
    "FieldProperties",
    "FieldProperty",
    "FieldRight",
    "LicenseOwner",
    "MDOListItem",
    "ModuleLicenseLink",
    "ODataMode",
    "ODataOutput",
    "ODataRow",
    "ODataSlimResponse",
    "PatchOperation",
    "PatchOperationOp",
    "Person",
    "Role",
    "SaveUserFromNameRequest",
    "StringDictionary",
    "TableRight",
    "User",
    "UserGroup",
    "UserNameRequest",
    "UserRequest",
    "UserType",
    "UserWithLinks",
    "V1UserGetAllFormat",
)
