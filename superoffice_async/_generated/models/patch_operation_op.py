from enum import StrEnum


class PatchOperationOp(StrEnum):
    ADD = "add"
    REMOVE = "remove"
    REPLACE = "replace"
    TEST = "test"

    def __str__(self) -> str:
        return str(self.value)
