from enum import StrEnum


class ODataOutput(StrEnum):
    DISPLAY = "Display"
    LOGICAL = "Logical"

    def __str__(self) -> str:
        return str(self.value)
