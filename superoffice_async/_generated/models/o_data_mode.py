from enum import StrEnum


class ODataMode(StrEnum):
    FULL = "Full"
    SLIM = "Slim"
    WIDE = "Wide"

    def __str__(self) -> str:
        return str(self.value)
