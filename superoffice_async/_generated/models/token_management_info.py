from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenManagementInfo")


@_attrs_define
class TokenManagementInfo:
    """Token information

    Attributes:
        provider (None | str | Unset): The provider the access and refresh token belong to.
        access_token (None | str | Unset): Access token (Provider)
        refresh_token (None | str | Unset): Refresh token (Provider)
        claims (None | str | Unset): JSON serialized dictionary of claims from the AG id_token
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    provider: None | str | Unset = UNSET
    access_token: None | str | Unset = UNSET
    refresh_token: None | str | Unset = UNSET
    claims: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: None | str | Unset = self.provider

        access_token: None | str | Unset = self.access_token

        refresh_token: None | str | Unset = self.refresh_token

        claims: None | str | Unset = self.claims

        table_right: dict[str, Any] | None | Unset
        if isinstance(self.table_right, Unset):
            table_right = UNSET
        elif isinstance(self.table_right, TableRight):
            table_right = self.table_right.to_dict()
        else:
            table_right = self.table_right

        field_properties: dict[str, Any] | None | Unset
        if isinstance(self.field_properties, Unset):
            field_properties = UNSET
        elif isinstance(self.field_properties, FieldProperties):
            field_properties = self.field_properties.to_dict()
        else:
            field_properties = self.field_properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["Provider"] = provider
        if access_token is not UNSET:
            field_dict["AccessToken"] = access_token
        if refresh_token is not UNSET:
            field_dict["RefreshToken"] = refresh_token
        if claims is not UNSET:
            field_dict["Claims"] = claims
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = d.pop("Provider", UNSET)
        if not (
            provider is None or provider is UNSET or (isinstance(provider, (str,)))
        ):
            raise TypeError(
                f"Provider: expected None | str, got {type(provider).__name__}"
            )

        access_token = d.pop("AccessToken", UNSET)
        if not (
            access_token is None
            or access_token is UNSET
            or (isinstance(access_token, (str,)))
        ):
            raise TypeError(
                f"AccessToken: expected None | str, got {type(access_token).__name__}"
            )

        refresh_token = d.pop("RefreshToken", UNSET)
        if not (
            refresh_token is None
            or refresh_token is UNSET
            or (isinstance(refresh_token, (str,)))
        ):
            raise TypeError(
                f"RefreshToken: expected None | str, got {type(refresh_token).__name__}"
            )

        claims = d.pop("Claims", UNSET)
        if not (claims is None or claims is UNSET or (isinstance(claims, (str,)))):
            raise TypeError(f"Claims: expected None | str, got {type(claims).__name__}")

        table_right = d.pop("TableRight", UNSET)
        if table_right is not None and table_right is not UNSET:
            try:
                if not isinstance(table_right, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    table_right
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"TableRight: expected None | TableRight, got {type(table_right).__name__}"
                ) from error
            table_right = componentsschemas_nullable_table_right_type_0

        field_properties = d.pop("FieldProperties", UNSET)
        if field_properties is not None and field_properties is not UNSET:
            try:
                if not isinstance(field_properties, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(field_properties)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FieldProperties: expected FieldProperties | None, got {type(field_properties).__name__}"
                ) from error
            field_properties = componentsschemas_nullable_field_properties_type_0

        token_management_info = cls(
            provider=provider,
            access_token=access_token,
            refresh_token=refresh_token,
            claims=claims,
            table_right=table_right,
            field_properties=field_properties,
        )

        token_management_info.additional_properties = d
        return token_management_info

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


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
