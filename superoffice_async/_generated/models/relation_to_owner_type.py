from ..types import OpenStrEnum


class RelationToOwnerType(OpenStrEnum):
    ANONYMOUS = "Anonymous"
    CUSTOM_OBJECTS = "CustomObjects"
    EXTERNAL_USER = "ExternalUser"
    MY_COMPANY = "MyCompany"
    MY_OWN = "MyOwn"
    OTHER_ASSOCIATES = "OtherAssociates"
    OTHER_GROUPS = "OtherGroups"
    PRIMARY_GROUP = "PrimaryGroup"
    SAME_PROJECT = "SameProject"
    CUSTOMOBJECTS = CUSTOM_OBJECTS  # the generator's name, kept as an alias
    EXTERNALUSER = EXTERNAL_USER  # the generator's name, kept as an alias
    MYCOMPANY = MY_COMPANY  # the generator's name, kept as an alias
    MYOWN = MY_OWN  # the generator's name, kept as an alias
    OTHERASSOCIATES = OTHER_ASSOCIATES  # the generator's name, kept as an alias
    OTHERGROUPS = OTHER_GROUPS  # the generator's name, kept as an alias
    PRIMARYGROUP = PRIMARY_GROUP  # the generator's name, kept as an alias
    SAMEPROJECT = SAME_PROJECT  # the generator's name, kept as an alias
