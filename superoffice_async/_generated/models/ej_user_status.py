from ..types import OpenStrEnum


class EjUserStatus(OpenStrEnum):
    STATUS_DELETED = "StatusDeleted"
    STATUS_NONE = "StatusNone"
    STATUS_NORMAL = "StatusNormal"
    STATUS_NOT_AVAILABLE = "StatusNotAvailable"
    STATUS_READ_ONLY = "StatusReadOnly"
    STATUS_SPM = "StatusSpm"
    STATUS_SYSTEM = "StatusSystem"
    STATUSDELETED = STATUS_DELETED  # the generator's name, kept as an alias
    STATUSNONE = STATUS_NONE  # the generator's name, kept as an alias
    STATUSNORMAL = STATUS_NORMAL  # the generator's name, kept as an alias
    STATUSNOTAVAILABLE = STATUS_NOT_AVAILABLE  # the generator's name, kept as an alias
    STATUSREADONLY = STATUS_READ_ONLY  # the generator's name, kept as an alias
    STATUSSPM = STATUS_SPM  # the generator's name, kept as an alias
    STATUSSYSTEM = STATUS_SYSTEM  # the generator's name, kept as an alias
