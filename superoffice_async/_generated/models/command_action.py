from ..types import OpenStrEnum


class CommandAction(OpenStrEnum):
    """Command action. Implicit = 0, YesNo = 1 (dialog with Yes and No), OkCancel = 2 (dialog with
    Ok and Cancel), Ok = 3 (dialog with Ok)."""

    IMPLICIT = "Implicit"
    OK = "Ok"
    OK_CANCEL = "OkCancel"
    YES_NO = "YesNo"
    OKCANCEL = OK_CANCEL  # the generator's name, kept as an alias
    YESNO = YES_NO  # the generator's name, kept as an alias
