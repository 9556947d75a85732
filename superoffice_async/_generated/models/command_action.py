from enum import StrEnum


class CommandAction(StrEnum):
    IMPLICIT = "Implicit"
    OK = "Ok"
    OKCANCEL = "OkCancel"
    YESNO = "YesNo"

    def __str__(self) -> str:
        return str(self.value)
