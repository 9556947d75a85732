from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetAccessTokenRequest")


@_attrs_define
class GetAccessTokenRequest:
    """Get an access token based on the current user's session.

    Attributes:
        app_token (None | str):
        include_cs_session (bool | None):
    """

    app_token: None | str
    include_cs_session: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_token: None | str = self.app_token

        include_cs_session: bool | None = self.include_cs_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AppToken": app_token,
                "IncludeCsSession": include_cs_session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_token = d.pop("AppToken")
        if not (app_token is None or (isinstance(app_token, (str,)))):
            raise TypeError(
                f"AppToken: expected None | str, got {type(app_token).__name__}"
            )

        include_cs_session = d.pop("IncludeCsSession")
        if not (
            include_cs_session is None or (isinstance(include_cs_session, (bool,)))
        ):
            raise TypeError(
                f"IncludeCsSession: expected bool | None, got {type(include_cs_session).__name__}"
            )

        get_access_token_request = cls(
            app_token=app_token,
            include_cs_session=include_cs_session,
        )

        get_access_token_request.additional_properties = d
        return get_access_token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
