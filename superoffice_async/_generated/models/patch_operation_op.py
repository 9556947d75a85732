from ..types import OpenStrEnum


class PatchOperationOp(OpenStrEnum):
    ADD = "add"
    REMOVE = "remove"
    REPLACE = "replace"
    TEST = "test"
