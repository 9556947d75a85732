"""The UserWithLinks carrier as pydantic v2 models: the benchmark's reference for carrier cost."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class _Carrier(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class TableRightModel(_Carrier):
    Mask: str | None = None
    Reason: str | None = None


class FieldRightModel(_Carrier):
    Mask: str | None = None
    Reason: str | None = None


class FieldPropertyModel(_Carrier):
    FieldRight: FieldRightModel | None = None
    FieldType: str | None = None
    FieldLength: int | None = None


class _WithRights(_Carrier):
    TableRight: TableRightModel | None = None
    FieldProperties: dict[str, FieldPropertyModel | None] | None = None


class ModuleLicenseLinkModel(_WithRights):
    ModuleLicenseId: int | None = None
    Name: str | None = None
    Description: str | None = None
    Tooltip: str | None = None
    Assigned: bool | None = None
    CanAssign: bool | None = None
    Unrestricted: bool | None = None
    IsHidden: bool | None = None
    ExtraFlags: int | None = None
    Free: int | None = None
    InUse: int | None = None
    Total: int | None = None
    PrerequisiteModuleName: str | None = None
    SortOrder: int | None = None


class LicenseOwnerModel(_WithRights):
    Name: str | None = None
    Description: str | None = None
    RestrictedModuleLicenses: list[ModuleLicenseLinkModel] | None = None
    UnrestrictedModuleLicenses: list[ModuleLicenseLinkModel] | None = None


class RoleModel(_WithRights):
    Id: int | None = None
    Value: str | None = None
    Tooltip: str | None = None


class UserGroupModel(_WithRights):
    Value: str | None = None
    Tooltip: str | None = None
    Id: int | None = None
    Rank: int | None = None
    Deleted: bool | None = None


class CredentialTypeModel(_WithRights):
    Type: str | None = None
    Description: str | None = None
    DisplayType: str | None = None
    ValueControl: str | None = None
    IsUserNameSupported: bool | None = None
    CanCreatePerson: bool | None = None


class CredentialModel(_WithRights):
    Type: CredentialTypeModel | None = None
    Value: str | None = None
    DisplayValue: str | None = None


class MDOListItemModel(_WithRights):
    Id: int | None = None
    Name: str | None = None
    ToolTip: str | None = None
    Deleted: bool | None = None
    Rank: int | None = None
    Type: str | None = None
    ChildItems: list[MDOListItemModel] | None = None
    IconHint: str | None = None
    ColorBlock: int | None = None
    ExtraInfo: str | None = None
    StyleHint: str | None = None
    FullName: str | None = None


class CustomCommandModel(_WithRights):
    Name: str | None = None
    DisplayName: str | None = None
    Description: str | None = None
    ToolTip: str | None = None
    Actions: str | None = None
    ActionData: str | None = None


class PersonModel(_WithRights):
    Firstname: str | None = None
    Lastname: str | None = None
    PersonId: int | None = None
    # The sample's Person is null; the remaining 38 properties change nothing measured here.


class UserWithLinksModel(_WithRights):
    AssociateId: int | None = None
    Name: str | None = None
    Rank: int | None = None
    Tooltip: str | None = None
    LicenseOwners: list[LicenseOwnerModel] | None = None
    Role: RoleModel | None = None
    UserGroup: UserGroupModel | None = None
    OtherGroups: list[UserGroupModel] | None = None
    Person: PersonModel | None = None
    Deleted: bool | None = None
    Lastlogin: datetime | None = None
    Lastlogout: datetime | None = None
    EjUserId: int | None = None
    RequestSignature: str | None = None
    Type: str | None = None
    IsPersonRetired: bool | None = None
    IsOnTravel: bool | None = None
    Credentials: list[CredentialModel] | None = None
    UserName: str | None = None
    TicketCategories: list[MDOListItemModel] | None = None
    NickName: str | None = None
    WaitingForApproval: bool | None = None
    ExtraFields: dict[str, str] | None = None
    CustomFields: dict[str, str] | None = None
    PostSaveCommands: list[CustomCommandModel] | None = None
    Links: dict[str, str] | None = Field(default=None, alias="_Links")
