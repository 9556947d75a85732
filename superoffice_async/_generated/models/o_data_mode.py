from ..types import OpenStrEnum


class ODataMode(OpenStrEnum):
    """FULL (raw values and hints) or SLIM (display values). The OData page lists Slim and Full
    only."""

    FULL = "Full"
    SLIM = "Slim"
    WIDE = "Wide"
