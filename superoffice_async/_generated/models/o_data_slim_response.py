from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ODataSlimResponse")


@_attrs_define
class ODataSlimResponse:
    """
    Attributes:
        odata_metadata (None | str | Unset):
        odata_next_link (None | str | Unset): The next page
        value (list[AllUsersRow] | Unset):
    """

    odata_metadata: None | str | Unset = UNSET
    odata_next_link: None | str | Unset = UNSET
    value: list[AllUsersRow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        odata_metadata: None | str | Unset = self.odata_metadata

        odata_next_link: None | str | Unset = self.odata_next_link

        value: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = []
            for value_item_data in self.value:
                value_item = value_item_data.to_dict()
                value.append(value_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if odata_metadata is not UNSET:
            field_dict["odata.metadata"] = odata_metadata
        if odata_next_link is not UNSET:
            field_dict["odata.nextLink"] = odata_next_link
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_metadata = d.pop("odata.metadata", UNSET)
        if not (
            odata_metadata is None
            or odata_metadata is UNSET
            or (isinstance(odata_metadata, (str,)))
        ):
            raise TypeError(
                f"odata.metadata: expected None | str, got {type(odata_metadata).__name__}"
            )

        odata_next_link = d.pop("odata.nextLink", UNSET)
        if not (
            odata_next_link is None
            or odata_next_link is UNSET
            or (isinstance(odata_next_link, (str,)))
        ):
            raise TypeError(
                f"odata.nextLink: expected None | str, got {type(odata_next_link).__name__}"
            )

        _value = d.pop("value", UNSET)
        value: list[AllUsersRow] | Unset = UNSET
        if _value is not UNSET:
            value = []
            for value_item_data in _value:
                value_item = AllUsersRow.from_dict(value_item_data)

                value.append(value_item)

        o_data_slim_response = cls(
            odata_metadata=odata_metadata,
            odata_next_link=odata_next_link,
            value=value,
        )

        o_data_slim_response.additional_properties = d
        return o_data_slim_response

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


from ..models.all_users_row import AllUsersRow
