from enum import StrEnum


class V1UserGetAllFormat(StrEnum):
    JSON = "JSON"

    def __str__(self) -> str:
        return str(self.value)
