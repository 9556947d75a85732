from ..types import OpenStrEnum


class CommandActionResult(OpenStrEnum):
    """Result of an action. Implicit = 0, Yes = 1, Ok = 2, No = 3, Cancel = 4."""

    CANCEL = "Cancel"
    IMPLICIT = "Implicit"
    NO = "No"
    OK = "Ok"
    YES = "Yes"
