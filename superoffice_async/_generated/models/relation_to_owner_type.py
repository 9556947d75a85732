from enum import StrEnum


class RelationToOwnerType(StrEnum):
    ANONYMOUS = "Anonymous"
    CUSTOMOBJECTS = "CustomObjects"
    EXTERNALUSER = "ExternalUser"
    MYCOMPANY = "MyCompany"
    MYOWN = "MyOwn"
    OTHERASSOCIATES = "OtherAssociates"
    OTHERGROUPS = "OtherGroups"
    PRIMARYGROUP = "PrimaryGroup"
    SAMEPROJECT = "SameProject"

    def __str__(self) -> str:
        return str(self.value)
