from enum import StrEnum


class RoleType(StrEnum):
    ANONYMOUS = "Anonymous"
    EMPLOYEE = "Employee"
    EXTERNALUSER = "ExternalUser"
    SYSTEM = "System"

    def __str__(self) -> str:
        return str(self.value)
