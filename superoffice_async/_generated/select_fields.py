"""Typed $select paths, from openapi/superoffice-user.yaml by tools/generate.py."""

from __future__ import annotations


class Field(str):
    """A property path of a carrier, as ``$select`` names it (``Person/Firstname``)."""

    __slots__ = ()
    carrier: str = ""

    def _child(self, name: str) -> str:
        return f"{self}/{name}" if self else name


class AccessGatewayInfoFields(Field):
    """$select paths of AccessGatewayInfo."""

    __slots__ = ()
    carrier = "AccessGatewayInfo"

    @property
    def ClientId(self) -> Field:
        return Field(self._child("ClientId"))

    @property
    def RedirectUri(self) -> Field:
        return Field(self._child("RedirectUri"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class AssociateFields(Field):
    """$select paths of Associate."""

    __slots__ = ()
    carrier = "Associate"

    @property
    def AssociateId(self) -> Field:
        return Field(self._child("AssociateId"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def PersonId(self) -> Field:
        return Field(self._child("PersonId"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def Type(self) -> Field:
        return Field(self._child("Type"))

    @property
    def GroupIdx(self) -> Field:
        return Field(self._child("GroupIdx"))

    @property
    def FullName(self) -> Field:
        return Field(self._child("FullName"))

    @property
    def FormalName(self) -> Field:
        return Field(self._child("FormalName"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def EjUserId(self) -> Field:
        return Field(self._child("EjUserId"))

    @property
    def UserName(self) -> Field:
        return Field(self._child("UserName"))

    @property
    def ExtraFields(self) -> Field:
        return Field(self._child("ExtraFields"))

    @property
    def CustomFields(self) -> Field:
        return Field(self._child("CustomFields"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class CredentialFields(Field):
    """$select paths of Credential."""

    __slots__ = ()
    carrier = "Credential"

    @property
    def Type(self) -> CredentialTypeFields:
        return CredentialTypeFields(self._child("Type"))

    @property
    def Value(self) -> Field:
        return Field(self._child("Value"))

    @property
    def DisplayValue(self) -> Field:
        return Field(self._child("DisplayValue"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class CredentialTypeFields(Field):
    """$select paths of CredentialType."""

    __slots__ = ()
    carrier = "CredentialType"

    @property
    def Type(self) -> Field:
        return Field(self._child("Type"))

    @property
    def Description(self) -> Field:
        return Field(self._child("Description"))

    @property
    def DisplayType(self) -> Field:
        return Field(self._child("DisplayType"))

    @property
    def ValueControl(self) -> Field:
        return Field(self._child("ValueControl"))

    @property
    def IsUserNameSupported(self) -> Field:
        return Field(self._child("IsUserNameSupported"))

    @property
    def CanCreatePerson(self) -> Field:
        return Field(self._child("CanCreatePerson"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class CredentialUserFields(Field):
    """$select paths of CredentialUser."""

    __slots__ = ()
    carrier = "CredentialUser"

    @property
    def Value(self) -> Field:
        return Field(self._child("Value"))

    @property
    def DisplayValue(self) -> Field:
        return Field(self._child("DisplayValue"))

    @property
    def Columns(self) -> Field:
        return Field(self._child("Columns"))

    @property
    def CanCreatePerson(self) -> Field:
        return Field(self._child("CanCreatePerson"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class CredentialsGroupFields(Field):
    """$select paths of CredentialsGroup."""

    __slots__ = ()
    carrier = "CredentialsGroup"

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def DisplayName(self) -> Field:
        return Field(self._child("DisplayName"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class CredentialsGroupUsersFields(Field):
    """$select paths of CredentialsGroupUsers."""

    __slots__ = ()
    carrier = "CredentialsGroupUsers"

    @property
    def Headings(self) -> Field:
        return Field(self._child("Headings"))

    @property
    def Users(self) -> CredentialUserFields:
        return CredentialUserFields(self._child("Users"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class CustomCommandFields(Field):
    """$select paths of CustomCommand."""

    __slots__ = ()
    carrier = "CustomCommand"

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def DisplayName(self) -> Field:
        return Field(self._child("DisplayName"))

    @property
    def Description(self) -> Field:
        return Field(self._child("Description"))

    @property
    def ToolTip(self) -> Field:
        return Field(self._child("ToolTip"))

    @property
    def Actions(self) -> Field:
        return Field(self._child("Actions"))

    @property
    def ActionData(self) -> Field:
        return Field(self._child("ActionData"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class DataRightFields(Field):
    """$select paths of DataRight."""

    __slots__ = ()
    carrier = "DataRight"

    @property
    def Value(self) -> Field:
        return Field(self._child("Value"))

    @property
    def Description(self) -> Field:
        return Field(self._child("Description"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class DataRightsFields(Field):
    """$select paths of DataRights."""

    __slots__ = ()
    carrier = "DataRights"

    @property
    def ColumnsInfo(self) -> RelationToOwnerFields:
        return RelationToOwnerFields(self._child("ColumnsInfo"))

    @property
    def RowsInfo(self) -> EntityNameFields:
        return EntityNameFields(self._child("RowsInfo"))

    @property
    def Rights(self) -> DataRightFields:
        return DataRightFields(self._child("Rights"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class EntityNameFields(Field):
    """$select paths of EntityName."""

    __slots__ = ()
    carrier = "EntityName"

    @property
    def TableName(self) -> Field:
        return Field(self._child("TableName"))

    @property
    def TableDescription(self) -> Field:
        return Field(self._child("TableDescription"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class LicenseOwnerFields(Field):
    """$select paths of LicenseOwner."""

    __slots__ = ()
    carrier = "LicenseOwner"

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def Description(self) -> Field:
        return Field(self._child("Description"))

    @property
    def RestrictedModuleLicenses(self) -> ModuleLicenseLinkFields:
        return ModuleLicenseLinkFields(self._child("RestrictedModuleLicenses"))

    @property
    def UnrestrictedModuleLicenses(self) -> ModuleLicenseLinkFields:
        return ModuleLicenseLinkFields(self._child("UnrestrictedModuleLicenses"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class MDOListItemFields(Field):
    """$select paths of MDOListItem."""

    __slots__ = ()
    carrier = "MDOListItem"

    @property
    def Id(self) -> Field:
        return Field(self._child("Id"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def ToolTip(self) -> Field:
        return Field(self._child("ToolTip"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Type(self) -> Field:
        return Field(self._child("Type"))

    @property
    def ChildItems(self) -> MDOListItemFields:
        return MDOListItemFields(self._child("ChildItems"))

    @property
    def IconHint(self) -> Field:
        return Field(self._child("IconHint"))

    @property
    def ColorBlock(self) -> Field:
        return Field(self._child("ColorBlock"))

    @property
    def ExtraInfo(self) -> Field:
        return Field(self._child("ExtraInfo"))

    @property
    def StyleHint(self) -> Field:
        return Field(self._child("StyleHint"))

    @property
    def FullName(self) -> Field:
        return Field(self._child("FullName"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class ModuleLicenseLinkFields(Field):
    """$select paths of ModuleLicenseLink."""

    __slots__ = ()
    carrier = "ModuleLicenseLink"

    @property
    def ModuleLicenseId(self) -> Field:
        return Field(self._child("ModuleLicenseId"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def Description(self) -> Field:
        return Field(self._child("Description"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def Assigned(self) -> Field:
        return Field(self._child("Assigned"))

    @property
    def CanAssign(self) -> Field:
        return Field(self._child("CanAssign"))

    @property
    def Unrestricted(self) -> Field:
        return Field(self._child("Unrestricted"))

    @property
    def IsHidden(self) -> Field:
        return Field(self._child("IsHidden"))

    @property
    def ExtraFlags(self) -> Field:
        return Field(self._child("ExtraFlags"))

    @property
    def Free(self) -> Field:
        return Field(self._child("Free"))

    @property
    def InUse(self) -> Field:
        return Field(self._child("InUse"))

    @property
    def Total(self) -> Field:
        return Field(self._child("Total"))

    @property
    def PrerequisiteModuleName(self) -> Field:
        return Field(self._child("PrerequisiteModuleName"))

    @property
    def SortOrder(self) -> Field:
        return Field(self._child("SortOrder"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class OperationResultFields(Field):
    """$select paths of OperationResult."""

    __slots__ = ()
    carrier = "OperationResult"

    @property
    def Success(self) -> Field:
        return Field(self._child("Success"))

    @property
    def Message(self) -> Field:
        return Field(self._child("Message"))


class PersonFields(Field):
    """$select paths of Person."""

    __slots__ = ()
    carrier = "Person"

    @property
    def Position(self) -> Field:
        return Field(self._child("Position"))

    @property
    def PersonId(self) -> Field:
        return Field(self._child("PersonId"))

    @property
    def Mrmrs(self) -> Field:
        return Field(self._child("Mrmrs"))

    @property
    def Firstname(self) -> Field:
        return Field(self._child("Firstname"))

    @property
    def Lastname(self) -> Field:
        return Field(self._child("Lastname"))

    @property
    def MiddleName(self) -> Field:
        return Field(self._child("MiddleName"))

    @property
    def Title(self) -> Field:
        return Field(self._child("Title"))

    @property
    def Description(self) -> Field:
        return Field(self._child("Description"))

    @property
    def Email(self) -> Field:
        return Field(self._child("Email"))

    @property
    def FullName(self) -> Field:
        return Field(self._child("FullName"))

    @property
    def DirectPhone(self) -> Field:
        return Field(self._child("DirectPhone"))

    @property
    def FormalName(self) -> Field:
        return Field(self._child("FormalName"))

    @property
    def CountryId(self) -> Field:
        return Field(self._child("CountryId"))

    @property
    def ContactId(self) -> Field:
        return Field(self._child("ContactId"))

    @property
    def ContactName(self) -> Field:
        return Field(self._child("ContactName"))

    @property
    def Retired(self) -> Field:
        return Field(self._child("Retired"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def ActiveInterests(self) -> Field:
        return Field(self._child("ActiveInterests"))

    @property
    def ContactDepartment(self) -> Field:
        return Field(self._child("ContactDepartment"))

    @property
    def ContactCountryId(self) -> Field:
        return Field(self._child("ContactCountryId"))

    @property
    def ContactOrgNr(self) -> Field:
        return Field(self._child("ContactOrgNr"))

    @property
    def FaxPhone(self) -> Field:
        return Field(self._child("FaxPhone"))

    @property
    def MobilePhone(self) -> Field:
        return Field(self._child("MobilePhone"))

    @property
    def ContactPhone(self) -> Field:
        return Field(self._child("ContactPhone"))

    @property
    def AssociateName(self) -> Field:
        return Field(self._child("AssociateName"))

    @property
    def AssociateId(self) -> Field:
        return Field(self._child("AssociateId"))

    @property
    def UsePersonAddress(self) -> Field:
        return Field(self._child("UsePersonAddress"))

    @property
    def ContactFax(self) -> Field:
        return Field(self._child("ContactFax"))

    @property
    def Kanafname(self) -> Field:
        return Field(self._child("Kanafname"))

    @property
    def Kanalname(self) -> Field:
        return Field(self._child("Kanalname"))

    @property
    def Post1(self) -> Field:
        return Field(self._child("Post1"))

    @property
    def Post2(self) -> Field:
        return Field(self._child("Post2"))

    @property
    def Post3(self) -> Field:
        return Field(self._child("Post3"))

    @property
    def EmailName(self) -> Field:
        return Field(self._child("EmailName"))

    @property
    def ContactFullName(self) -> Field:
        return Field(self._child("ContactFullName"))

    @property
    def ActiveErpLinks(self) -> Field:
        return Field(self._child("ActiveErpLinks"))

    @property
    def TicketPriorityId(self) -> Field:
        return Field(self._child("TicketPriorityId"))

    @property
    def SupportLanguageId(self) -> Field:
        return Field(self._child("SupportLanguageId"))

    @property
    def SupportAssociateId(self) -> Field:
        return Field(self._child("SupportAssociateId"))

    @property
    def CategoryName(self) -> Field:
        return Field(self._child("CategoryName"))

    @property
    def PersonNumber(self) -> Field:
        return Field(self._child("PersonNumber"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class RelationToOwnerFields(Field):
    """$select paths of RelationToOwner."""

    __slots__ = ()
    carrier = "RelationToOwner"

    @property
    def Id(self) -> Field:
        return Field(self._child("Id"))

    @property
    def Value(self) -> Field:
        return Field(self._child("Value"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class ResolvedUserFields(Field):
    """$select paths of ResolvedUser."""

    __slots__ = ()
    carrier = "ResolvedUser"

    @property
    def User(self) -> UserFields:
        return UserFields(self._child("User"))

    @property
    def PersonCreated(self) -> Field:
        return Field(self._child("PersonCreated"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class RoleFields(Field):
    """$select paths of Role."""

    __slots__ = ()
    carrier = "Role"

    @property
    def Id(self) -> Field:
        return Field(self._child("Id"))

    @property
    def Value(self) -> Field:
        return Field(self._child("Value"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class RoleEntityFields(Field):
    """$select paths of RoleEntity."""

    __slots__ = ()
    carrier = "RoleEntity"

    @property
    def RoleId(self) -> Field:
        return Field(self._child("RoleId"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def RoleType(self) -> Field:
        return Field(self._child("RoleType"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Created(self) -> Field:
        return Field(self._child("Created"))

    @property
    def UseCategories(self) -> Field:
        return Field(self._child("UseCategories"))

    @property
    def CreatedBy(self) -> AssociateFields:
        return AssociateFields(self._child("CreatedBy"))

    @property
    def Updated(self) -> Field:
        return Field(self._child("Updated"))

    @property
    def UpdatedBy(self) -> AssociateFields:
        return AssociateFields(self._child("UpdatedBy"))

    @property
    def DataRights(self) -> DataRightsFields:
        return DataRightsFields(self._child("DataRights"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class SelectableMDOListItemFields(Field):
    """$select paths of SelectableMDOListItem."""

    __slots__ = ()
    carrier = "SelectableMDOListItem"

    @property
    def Id(self) -> Field:
        return Field(self._child("Id"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def ToolTip(self) -> Field:
        return Field(self._child("ToolTip"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Type(self) -> Field:
        return Field(self._child("Type"))

    @property
    def ColorBlock(self) -> Field:
        return Field(self._child("ColorBlock"))

    @property
    def IconHint(self) -> Field:
        return Field(self._child("IconHint"))

    @property
    def Selected(self) -> Field:
        return Field(self._child("Selected"))

    @property
    def LastChanged(self) -> Field:
        return Field(self._child("LastChanged"))

    @property
    def ChildItems(self) -> SelectableMDOListItemFields:
        return SelectableMDOListItemFields(self._child("ChildItems"))

    @property
    def ExtraInfo(self) -> Field:
        return Field(self._child("ExtraInfo"))

    @property
    def StyleHint(self) -> Field:
        return Field(self._child("StyleHint"))

    @property
    def Hidden(self) -> Field:
        return Field(self._child("Hidden"))

    @property
    def FullName(self) -> Field:
        return Field(self._child("FullName"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class ServiceAuthFields(Field):
    """$select paths of ServiceAuth."""

    __slots__ = ()
    carrier = "ServiceAuth"

    @property
    def ServiceAuthId(self) -> Field:
        return Field(self._child("ServiceAuthId"))

    @property
    def Server(self) -> Field:
        return Field(self._child("Server"))

    @property
    def Port(self) -> Field:
        return Field(self._child("Port"))

    @property
    def AuthType(self) -> Field:
        return Field(self._child("AuthType"))

    @property
    def Username(self) -> Field:
        return Field(self._child("Username"))

    @property
    def Password(self) -> Field:
        return Field(self._child("Password"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class TableRightFields(Field):
    """$select paths of TableRight."""

    __slots__ = ()
    carrier = "TableRight"

    @property
    def Mask(self) -> Field:
        return Field(self._child("Mask"))

    @property
    def Reason(self) -> Field:
        return Field(self._child("Reason"))


class TokenManagementInfoFields(Field):
    """$select paths of TokenManagementInfo."""

    __slots__ = ()
    carrier = "TokenManagementInfo"

    @property
    def Provider(self) -> Field:
        return Field(self._child("Provider"))

    @property
    def AccessToken(self) -> Field:
        return Field(self._child("AccessToken"))

    @property
    def RefreshToken(self) -> Field:
        return Field(self._child("RefreshToken"))

    @property
    def Claims(self) -> Field:
        return Field(self._child("Claims"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class UntrustedCredentialsFields(Field):
    """$select paths of UntrustedCredentials."""

    __slots__ = ()
    carrier = "UntrustedCredentials"

    @property
    def ValidFrom(self) -> Field:
        return Field(self._child("ValidFrom"))

    @property
    def ValidTo(self) -> Field:
        return Field(self._child("ValidTo"))

    @property
    def Comment(self) -> Field:
        return Field(self._child("Comment"))

    @property
    def SecretValue(self) -> Field:
        return Field(self._child("SecretValue"))

    @property
    def PublicValue(self) -> Field:
        return Field(self._child("PublicValue"))

    @property
    def IsActive(self) -> Field:
        return Field(self._child("IsActive"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class UserFields(Field):
    """$select paths of User."""

    __slots__ = ()
    carrier = "User"

    @property
    def AssociateId(self) -> Field:
        return Field(self._child("AssociateId"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def LicenseOwners(self) -> LicenseOwnerFields:
        return LicenseOwnerFields(self._child("LicenseOwners"))

    @property
    def Role(self) -> RoleFields:
        return RoleFields(self._child("Role"))

    @property
    def UserGroup(self) -> UserGroupFields:
        return UserGroupFields(self._child("UserGroup"))

    @property
    def OtherGroups(self) -> UserGroupFields:
        return UserGroupFields(self._child("OtherGroups"))

    @property
    def Person(self) -> PersonFields:
        return PersonFields(self._child("Person"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def Lastlogin(self) -> Field:
        return Field(self._child("Lastlogin"))

    @property
    def Lastlogout(self) -> Field:
        return Field(self._child("Lastlogout"))

    @property
    def EjUserId(self) -> Field:
        return Field(self._child("EjUserId"))

    @property
    def RequestSignature(self) -> Field:
        return Field(self._child("RequestSignature"))

    @property
    def Type(self) -> Field:
        return Field(self._child("Type"))

    @property
    def IsPersonRetired(self) -> Field:
        return Field(self._child("IsPersonRetired"))

    @property
    def IsOnTravel(self) -> Field:
        return Field(self._child("IsOnTravel"))

    @property
    def Credentials(self) -> CredentialFields:
        return CredentialFields(self._child("Credentials"))

    @property
    def UserName(self) -> Field:
        return Field(self._child("UserName"))

    @property
    def TicketCategories(self) -> MDOListItemFields:
        return MDOListItemFields(self._child("TicketCategories"))

    @property
    def NickName(self) -> Field:
        return Field(self._child("NickName"))

    @property
    def WaitingForApproval(self) -> Field:
        return Field(self._child("WaitingForApproval"))

    @property
    def ExtraFields(self) -> Field:
        return Field(self._child("ExtraFields"))

    @property
    def CustomFields(self) -> Field:
        return Field(self._child("CustomFields"))

    @property
    def PostSaveCommands(self) -> CustomCommandFields:
        return CustomCommandFields(self._child("PostSaveCommands"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class UserGroupFields(Field):
    """$select paths of UserGroup."""

    __slots__ = ()
    carrier = "UserGroup"

    @property
    def Value(self) -> Field:
        return Field(self._child("Value"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def Id(self) -> Field:
        return Field(self._child("Id"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class UserInfoFields(Field):
    """$select paths of UserInfo."""

    __slots__ = ()
    carrier = "UserInfo"

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def UserInfoId(self) -> Field:
        return Field(self._child("UserInfoId"))

    @property
    def UserName(self) -> Field:
        return Field(self._child("UserName"))

    @property
    def PersonId(self) -> Field:
        return Field(self._child("PersonId"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def UserGroupId(self) -> Field:
        return Field(self._child("UserGroupId"))

    @property
    def EjUserId(self) -> Field:
        return Field(self._child("EjUserId"))

    @property
    def UserType(self) -> Field:
        return Field(self._child("UserType"))

    @property
    def GrantedLicenses(self) -> Field:
        return Field(self._child("GrantedLicenses"))

    @property
    def CanLogon(self) -> Field:
        return Field(self._child("CanLogon"))

    @property
    def RoleName(self) -> Field:
        return Field(self._child("RoleName"))

    @property
    def RoleTooltip(self) -> Field:
        return Field(self._child("RoleTooltip"))

    @property
    def UserGroupName(self) -> Field:
        return Field(self._child("UserGroupName"))

    @property
    def UserGroupTooltip(self) -> Field:
        return Field(self._child("UserGroupTooltip"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class UserPresenceStatusFields(Field):
    """$select paths of UserPresenceStatus."""

    __slots__ = ()
    carrier = "UserPresenceStatus"

    @property
    def Status(self) -> Field:
        return Field(self._child("Status"))

    @property
    def Message(self) -> Field:
        return Field(self._child("Message"))


class UserValidationResultFields(Field):
    """$select paths of UserValidationResult."""

    __slots__ = ()
    carrier = "UserValidationResult"

    @property
    def Reason(self) -> Field:
        return Field(self._child("Reason"))

    @property
    def Result(self) -> Field:
        return Field(self._child("Result"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))


class UserWithLinksFields(Field):
    """$select paths of UserWithLinks."""

    __slots__ = ()
    carrier = "UserWithLinks"

    @property
    def AssociateId(self) -> Field:
        return Field(self._child("AssociateId"))

    @property
    def Name(self) -> Field:
        return Field(self._child("Name"))

    @property
    def Rank(self) -> Field:
        return Field(self._child("Rank"))

    @property
    def Tooltip(self) -> Field:
        return Field(self._child("Tooltip"))

    @property
    def LicenseOwners(self) -> LicenseOwnerFields:
        return LicenseOwnerFields(self._child("LicenseOwners"))

    @property
    def Role(self) -> RoleFields:
        return RoleFields(self._child("Role"))

    @property
    def UserGroup(self) -> UserGroupFields:
        return UserGroupFields(self._child("UserGroup"))

    @property
    def OtherGroups(self) -> UserGroupFields:
        return UserGroupFields(self._child("OtherGroups"))

    @property
    def Person(self) -> PersonFields:
        return PersonFields(self._child("Person"))

    @property
    def Deleted(self) -> Field:
        return Field(self._child("Deleted"))

    @property
    def Lastlogin(self) -> Field:
        return Field(self._child("Lastlogin"))

    @property
    def Lastlogout(self) -> Field:
        return Field(self._child("Lastlogout"))

    @property
    def EjUserId(self) -> Field:
        return Field(self._child("EjUserId"))

    @property
    def RequestSignature(self) -> Field:
        return Field(self._child("RequestSignature"))

    @property
    def Type(self) -> Field:
        return Field(self._child("Type"))

    @property
    def IsPersonRetired(self) -> Field:
        return Field(self._child("IsPersonRetired"))

    @property
    def IsOnTravel(self) -> Field:
        return Field(self._child("IsOnTravel"))

    @property
    def Credentials(self) -> CredentialFields:
        return CredentialFields(self._child("Credentials"))

    @property
    def UserName(self) -> Field:
        return Field(self._child("UserName"))

    @property
    def TicketCategories(self) -> MDOListItemFields:
        return MDOListItemFields(self._child("TicketCategories"))

    @property
    def NickName(self) -> Field:
        return Field(self._child("NickName"))

    @property
    def WaitingForApproval(self) -> Field:
        return Field(self._child("WaitingForApproval"))

    @property
    def ExtraFields(self) -> Field:
        return Field(self._child("ExtraFields"))

    @property
    def CustomFields(self) -> Field:
        return Field(self._child("CustomFields"))

    @property
    def PostSaveCommands(self) -> CustomCommandFields:
        return CustomCommandFields(self._child("PostSaveCommands"))

    @property
    def TableRight(self) -> TableRightFields:
        return TableRightFields(self._child("TableRight"))

    @property
    def FieldProperties(self) -> Field:
        return Field(self._child("FieldProperties"))

    @property
    def Links(self) -> Field:
        return Field(self._child("_Links"))


class Fields:
    """The root of each carrier's paths: ``fields.User.Person.Firstname``."""

    AccessGatewayInfo = AccessGatewayInfoFields()
    Associate = AssociateFields()
    Credential = CredentialFields()
    CredentialType = CredentialTypeFields()
    CredentialUser = CredentialUserFields()
    CredentialsGroup = CredentialsGroupFields()
    CredentialsGroupUsers = CredentialsGroupUsersFields()
    CustomCommand = CustomCommandFields()
    DataRight = DataRightFields()
    DataRights = DataRightsFields()
    EntityName = EntityNameFields()
    LicenseOwner = LicenseOwnerFields()
    MDOListItem = MDOListItemFields()
    ModuleLicenseLink = ModuleLicenseLinkFields()
    OperationResult = OperationResultFields()
    Person = PersonFields()
    RelationToOwner = RelationToOwnerFields()
    ResolvedUser = ResolvedUserFields()
    Role = RoleFields()
    RoleEntity = RoleEntityFields()
    SelectableMDOListItem = SelectableMDOListItemFields()
    ServiceAuth = ServiceAuthFields()
    TableRight = TableRightFields()
    TokenManagementInfo = TokenManagementInfoFields()
    UntrustedCredentials = UntrustedCredentialsFields()
    User = UserFields()
    UserGroup = UserGroupFields()
    UserInfo = UserInfoFields()
    UserPresenceStatus = UserPresenceStatusFields()
    UserValidationResult = UserValidationResultFields()
    UserWithLinks = UserWithLinksFields()


fields = Fields()
