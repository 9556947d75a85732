from enum import StrEnum


class EjUserStatus(StrEnum):
    STATUSDELETED = "StatusDeleted"
    STATUSNONE = "StatusNone"
    STATUSNORMAL = "StatusNormal"
    STATUSNOTAVAILABLE = "StatusNotAvailable"
    STATUSREADONLY = "StatusReadOnly"
    STATUSSPM = "StatusSpm"
    STATUSSYSTEM = "StatusSystem"

    def __str__(self) -> str:
        return str(self.value)
