from ..types import OpenStrEnum


class CredentialControlType(OpenStrEnum):
    EDIT = "Edit"
    HIDDEN = "Hidden"
    LINK = "Link"
    PASSWORD = "Password"
    STATIC = "Static"
