from enum import StrEnum


class CredentialControlType(StrEnum):
    EDIT = "Edit"
    HIDDEN = "Hidden"
    LINK = "Link"
    PASSWORD = "Password"
    STATIC = "Static"

    def __str__(self) -> str:
        return str(self.value)
