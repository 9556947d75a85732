"""The carriers of the User API, as generated from the spec.

Every property may be None: ``$select`` nulls each property that was not selected. A property
missing from the JSON is ``UNSET``. Enum-valued properties hold the enum member, or the raw
string when the server sends a value this SDK does not know yet.
"""

from ._generated.models import (
    AllUsersRow,
    CommandAction,
    CommandActionResult,
    CommandResult,
    Credential,
    CredentialType,
    CustomCommand,
    ErrorBody,
    ExecuteUserCommandRequest,
    FieldProperties,
    FieldProperty,
    FieldRight,
    LicenseOwner,
    MDOListItem,
    ModuleLicenseLink,
    Person,
    Role,
    SaveUserFromNameRequest,
    StringDictionary,
    TableRight,
    User,
    UserGroup,
    UserType,
    UserWithLinks,
)
from ._generated.types import UNSET, Unset

__all__ = [
    "UNSET",
    "AllUsersRow",
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
    "Person",
    "Role",
    "SaveUserFromNameRequest",
    "StringDictionary",
    "TableRight",
    "Unset",
    "User",
    "UserGroup",
    "UserType",
    "UserWithLinks",
]
