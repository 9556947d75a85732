from ..types import OpenStrEnum


class ExternalUserInfoModification(OpenStrEnum):
    ACTIVE = "Active"
    ALL = "All"
    PASSWORD = "Password"
    ROLE = "Role"
    UNKNOWN = "Unknown"
    USER_NAME = "UserName"
    USERNAME = USER_NAME  # the generator's name, kept as an alias
