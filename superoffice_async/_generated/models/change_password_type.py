from ..types import OpenStrEnum


class ChangePasswordType(OpenStrEnum):
    """A way a user can change their password."""

    EMAIL = "Email"
    PASSWORD = "Password"
