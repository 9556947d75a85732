from ..types import OpenStrEnum


class LicenseType(OpenStrEnum):
    SATELLITE_LICENSE = "SatelliteLicense"
    SITE_LICENSE = "SiteLicense"
    UNKNOWN = "Unknown"
    USER_LICENSE = "UserLicense"
    SATELLITELICENSE = SATELLITE_LICENSE  # the generator's name, kept as an alias
    SITELICENSE = SITE_LICENSE  # the generator's name, kept as an alias
    USERLICENSE = USER_LICENSE  # the generator's name, kept as an alias
