from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldProperty")


@_attrs_define
class FieldProperty:
    """Class holding properties about a field in the carrier.

    Attributes:
        field_right (FieldRight | None | Unset):
        field_type (None | str | Unset): The .NET type of the field, for example System.String.
        field_length (int | None | Unset): Length of the field.
    """

    field_right: FieldRight | None | Unset = UNSET
    field_type: None | str | Unset = UNSET
    field_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_right: dict[str, Any] | None | Unset
        if isinstance(self.field_right, Unset):
            field_right = UNSET
        elif isinstance(self.field_right, FieldRight):
            field_right = self.field_right.to_dict()
        else:
            field_right = self.field_right

        field_type: None | str | Unset = self.field_type

        field_length: int | None | Unset = self.field_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_right is not UNSET:
            field_dict["FieldRight"] = field_right
        if field_type is not UNSET:
            field_dict["FieldType"] = field_type
        if field_length is not UNSET:
            field_dict["FieldLength"] = field_length

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_right = d.pop("FieldRight", UNSET)
        if field_right is not None and field_right is not UNSET:
            try:
                if not isinstance(field_right, dict):
                    raise TypeError()
                field_right_type_0 = FieldRight.from_dict(field_right)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FieldRight: expected FieldRight | None, got {type(field_right).__name__}"
                ) from error
            field_right = field_right_type_0

        field_type = d.pop("FieldType", UNSET)
        if not (
            field_type is None
            or field_type is UNSET
            or (isinstance(field_type, (str,)))
        ):
            raise TypeError(
                f"FieldType: expected None | str, got {type(field_type).__name__}"
            )

        field_length = d.pop("FieldLength", UNSET)
        if not (
            field_length is None
            or field_length is UNSET
            or (isinstance(field_length, (int,)) and not isinstance(field_length, bool))
        ):
            raise TypeError(
                f"FieldLength: expected int | None, got {type(field_length).__name__}"
            )

        field_property = cls(
            field_right=field_right,
            field_type=field_type,
            field_length=field_length,
        )

        field_property.additional_properties = d
        return field_property

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


from ..models.field_right import FieldRight
