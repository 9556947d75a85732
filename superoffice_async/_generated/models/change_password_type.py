from enum import StrEnum


class ChangePasswordType(StrEnum):
    EMAIL = "Email"
    PASSWORD = "Password"

    def __str__(self) -> str:
        return str(self.value)
