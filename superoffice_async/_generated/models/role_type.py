from ..types import OpenStrEnum


class RoleType(OpenStrEnum):
    ANONYMOUS = "Anonymous"
    EMPLOYEE = "Employee"
    EXTERNAL_USER = "ExternalUser"
    SYSTEM = "System"
    EXTERNALUSER = EXTERNAL_USER  # the generator's name, kept as an alias
