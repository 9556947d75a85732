"""Contains all the data models used in inputs/outputs"""

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
