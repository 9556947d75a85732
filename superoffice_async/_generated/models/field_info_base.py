from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldInfoBase")


@_attrs_define
class FieldInfoBase:
    """Abstract basic information about database fields. May be custom or user-defined fields. The information can be used
    to build a user interface. Services for the FieldInfoBase Carrier is available from the UserDefinedFieldInfo Agent.

        Attributes:
            field_type (CustomFieldType | None | str | Unset): What sort of data does this field contain. 1 = int, 2 = short
                text, ...
            field_name (None | str | Unset): Database name or prog-id: 'x_foobar' or 'SuperOffice:2'.
            display_name (None | str | Unset): Label for field. May be multi-lang string encoded.
            description (None | str | Unset): Optional tooltip text for this field
            short_label (None | str | Unset): Short name to be used in Archive headings and on page 1. If blank, the
                fieldLabel will be used everywhere.
            hide_label (bool | None | Unset): Hide the label if 1
            hide_field (bool | None | Unset): Hide the field from the UI. Only allow API access.
            is_indexed (bool | None | Unset): Is this field indexed? 0 if no, index no. if yes
            is_mandatory (bool | None | Unset): 0 = no, 1 = yes (field must be filled out)
            is_read_only (bool | None | Unset): 0 = read/write, 1 = readonly (don't combine with mandatory 8-) )
            is_external (bool | None | Unset): Should this field be shown to external users via customer center?
            is_display_field (bool | None | Unset): Flag indicating that this field is chosen as DisplayField for a table it
                belongs
            rank (int | None | Unset): Tab order, ranking within the custom fields.
            template_variable_name (None | str | Unset): Template variable name: 'cs01', 'cl02' etc. Null for extra fields.
    """

    field_type: CustomFieldType | None | str | Unset = UNSET
    field_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    short_label: None | str | Unset = UNSET
    hide_label: bool | None | Unset = UNSET
    hide_field: bool | None | Unset = UNSET
    is_indexed: bool | None | Unset = UNSET
    is_mandatory: bool | None | Unset = UNSET
    is_read_only: bool | None | Unset = UNSET
    is_external: bool | None | Unset = UNSET
    is_display_field: bool | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    template_variable_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_type: None | str | Unset
        if isinstance(self.field_type, Unset):
            field_type = UNSET
        elif isinstance(self.field_type, CustomFieldType):
            field_type = self.field_type.value
        else:
            field_type = self.field_type

        field_name: None | str | Unset = self.field_name

        display_name: None | str | Unset = self.display_name

        description: None | str | Unset = self.description

        short_label: None | str | Unset = self.short_label

        hide_label: bool | None | Unset = self.hide_label

        hide_field: bool | None | Unset = self.hide_field

        is_indexed: bool | None | Unset = self.is_indexed

        is_mandatory: bool | None | Unset = self.is_mandatory

        is_read_only: bool | None | Unset = self.is_read_only

        is_external: bool | None | Unset = self.is_external

        is_display_field: bool | None | Unset = self.is_display_field

        rank: int | None | Unset = self.rank

        template_variable_name: None | str | Unset = self.template_variable_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_type is not UNSET:
            field_dict["FieldType"] = field_type
        if field_name is not UNSET:
            field_dict["FieldName"] = field_name
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if description is not UNSET:
            field_dict["Description"] = description
        if short_label is not UNSET:
            field_dict["ShortLabel"] = short_label
        if hide_label is not UNSET:
            field_dict["HideLabel"] = hide_label
        if hide_field is not UNSET:
            field_dict["HideField"] = hide_field
        if is_indexed is not UNSET:
            field_dict["IsIndexed"] = is_indexed
        if is_mandatory is not UNSET:
            field_dict["IsMandatory"] = is_mandatory
        if is_read_only is not UNSET:
            field_dict["IsReadOnly"] = is_read_only
        if is_external is not UNSET:
            field_dict["IsExternal"] = is_external
        if is_display_field is not UNSET:
            field_dict["IsDisplayField"] = is_display_field
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if template_variable_name is not UNSET:
            field_dict["TemplateVariableName"] = template_variable_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_type = d.pop("FieldType", UNSET)
        if field_type is not None and field_type is not UNSET:

            def _parse_field_type(data: object) -> CustomFieldType | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    field_type_type_0 = CustomFieldType(data)

                    return field_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(CustomFieldType | None | str | Unset, data)
                raise TypeError(
                    f"FieldType: expected CustomFieldType | None | str, got {type(data).__name__}"
                ) from _error

            field_type = _parse_field_type(field_type)

        field_name = d.pop("FieldName", UNSET)
        if not (
            field_name is None
            or field_name is UNSET
            or (isinstance(field_name, (str,)))
        ):
            raise TypeError(
                f"FieldName: expected None | str, got {type(field_name).__name__}"
            )

        display_name = d.pop("DisplayName", UNSET)
        if not (
            display_name is None
            or display_name is UNSET
            or (isinstance(display_name, (str,)))
        ):
            raise TypeError(
                f"DisplayName: expected None | str, got {type(display_name).__name__}"
            )

        description = d.pop("Description", UNSET)
        if not (
            description is None
            or description is UNSET
            or (isinstance(description, (str,)))
        ):
            raise TypeError(
                f"Description: expected None | str, got {type(description).__name__}"
            )

        short_label = d.pop("ShortLabel", UNSET)
        if not (
            short_label is None
            or short_label is UNSET
            or (isinstance(short_label, (str,)))
        ):
            raise TypeError(
                f"ShortLabel: expected None | str, got {type(short_label).__name__}"
            )

        hide_label = d.pop("HideLabel", UNSET)
        if not (
            hide_label is None
            or hide_label is UNSET
            or (isinstance(hide_label, (bool,)))
        ):
            raise TypeError(
                f"HideLabel: expected bool | None, got {type(hide_label).__name__}"
            )

        hide_field = d.pop("HideField", UNSET)
        if not (
            hide_field is None
            or hide_field is UNSET
            or (isinstance(hide_field, (bool,)))
        ):
            raise TypeError(
                f"HideField: expected bool | None, got {type(hide_field).__name__}"
            )

        is_indexed = d.pop("IsIndexed", UNSET)
        if not (
            is_indexed is None
            or is_indexed is UNSET
            or (isinstance(is_indexed, (bool,)))
        ):
            raise TypeError(
                f"IsIndexed: expected bool | None, got {type(is_indexed).__name__}"
            )

        is_mandatory = d.pop("IsMandatory", UNSET)
        if not (
            is_mandatory is None
            or is_mandatory is UNSET
            or (isinstance(is_mandatory, (bool,)))
        ):
            raise TypeError(
                f"IsMandatory: expected bool | None, got {type(is_mandatory).__name__}"
            )

        is_read_only = d.pop("IsReadOnly", UNSET)
        if not (
            is_read_only is None
            or is_read_only is UNSET
            or (isinstance(is_read_only, (bool,)))
        ):
            raise TypeError(
                f"IsReadOnly: expected bool | None, got {type(is_read_only).__name__}"
            )

        is_external = d.pop("IsExternal", UNSET)
        if not (
            is_external is None
            or is_external is UNSET
            or (isinstance(is_external, (bool,)))
        ):
            raise TypeError(
                f"IsExternal: expected bool | None, got {type(is_external).__name__}"
            )

        is_display_field = d.pop("IsDisplayField", UNSET)
        if not (
            is_display_field is None
            or is_display_field is UNSET
            or (isinstance(is_display_field, (bool,)))
        ):
            raise TypeError(
                f"IsDisplayField: expected bool | None, got {type(is_display_field).__name__}"
            )

        rank = d.pop("Rank", UNSET)
        if not (
            rank is None
            or rank is UNSET
            or (isinstance(rank, (int,)) and not isinstance(rank, bool))
        ):
            raise TypeError(f"Rank: expected int | None, got {type(rank).__name__}")

        template_variable_name = d.pop("TemplateVariableName", UNSET)
        if not (
            template_variable_name is None
            or template_variable_name is UNSET
            or (isinstance(template_variable_name, (str,)))
        ):
            raise TypeError(
                f"TemplateVariableName: expected None | str, got {type(template_variable_name).__name__}"
            )

        field_info_base = cls(
            field_type=field_type,
            field_name=field_name,
            display_name=display_name,
            description=description,
            short_label=short_label,
            hide_label=hide_label,
            hide_field=hide_field,
            is_indexed=is_indexed,
            is_mandatory=is_mandatory,
            is_read_only=is_read_only,
            is_external=is_external,
            is_display_field=is_display_field,
            rank=rank,
            template_variable_name=template_variable_name,
        )

        field_info_base.additional_properties = d
        return field_info_base

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
