from enum import StrEnum


class LicenseType(StrEnum):
    SATELLITELICENSE = "SatelliteLicense"
    SITELICENSE = "SiteLicense"
    UNKNOWN = "Unknown"
    USERLICENSE = "UserLicense"

    def __str__(self) -> str:
        return str(self.value)
