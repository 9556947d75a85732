from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FieldProperties")


@_attrs_define
class FieldProperties:
    """Field property dictionary mapping field names to field access rights."""

    additional_properties: dict[str, FieldProperty | None] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, FieldProperty):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if additional_property is not None:
                try:
                    if not isinstance(additional_property, dict):
                        raise TypeError()
                    additional_property_type_0 = FieldProperty.from_dict(
                        additional_property
                    )

                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    raise TypeError(
                        f"AdditionalProperty: expected FieldProperty | None, got {type(additional_property).__name__}"
                    ) from error
                additional_property = additional_property_type_0

            additional_properties[prop_name] = additional_property

        field_properties.additional_properties = additional_properties
        return field_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FieldProperty | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FieldProperty | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.field_property import FieldProperty
