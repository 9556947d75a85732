from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegisterWithAccessGatewayRequest")


@_attrs_define
class RegisterWithAccessGatewayRequest:
    """Registers with access gateway if not already done, otherwise will attempt to update

    Attributes:
        redirect_uri (None | str):
    """

    redirect_uri: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_uri: None | str = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RedirectUri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        redirect_uri = d.pop("RedirectUri")
        if not (redirect_uri is None or (isinstance(redirect_uri, (str,)))):
            raise TypeError(
                f"RedirectUri: expected None | str, got {type(redirect_uri).__name__}"
            )

        register_with_access_gateway_request = cls(
            redirect_uri=redirect_uri,
        )

        register_with_access_gateway_request.additional_properties = d
        return register_with_access_gateway_request

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
