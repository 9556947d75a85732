from ..types import OpenStrEnum


class V1UserGetAllFormat(OpenStrEnum):
    JSON = "JSON"
