from enum import StrEnum


class CommandActionResult(StrEnum):
    CANCEL = "Cancel"
    IMPLICIT = "Implicit"
    NO = "No"
    OK = "Ok"
    YES = "Yes"

    def __str__(self) -> str:
        return str(self.value)
