from enum import StrEnum


class ExternalUserInfoModification(StrEnum):
    ACTIVE = "Active"
    ALL = "All"
    PASSWORD = "Password"
    ROLE = "Role"
    UNKNOWN = "Unknown"
    USERNAME = "UserName"

    def __str__(self) -> str:
        return str(self.value)
