from __future__ import annotations

from msgspec import field

from ..types import NOT_SET, Carrier, carrier


@carrier
class GetAccessTokenRequest(Carrier):
    """Get an access token based on the current user's session.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        app_token (str | None):
        include_cs_session (bool | None):
    """

    app_token: str | None = field(name="AppToken", default=NOT_SET)
    include_cs_session: bool | None = field(name="IncludeCsSession", default=NOT_SET)
