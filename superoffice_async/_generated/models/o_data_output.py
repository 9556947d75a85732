from ..types import OpenStrEnum


class ODataOutput(OpenStrEnum):
    """Logical or Display values in SLIM mode."""

    DISPLAY = "Display"
    LOGICAL = "Logical"
