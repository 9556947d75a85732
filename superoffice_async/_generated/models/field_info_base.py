from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.custom_field_type import CustomFieldType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class FieldInfoBase(Carrier):
    """Abstract basic information about database fields. May be custom or user-defined fields. The
    information can be used to build a user interface. Services for the FieldInfoBase Carrier is
    available from the UserDefinedFieldInfo Agent.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        field_type (CustomFieldType | None): What sort of data does this field contain. 1 = int, 2 = short text, ...
        field_name (str | None): Database name or prog-id: 'x_foobar' or 'SuperOffice:2'.
        display_name (str | None): Label for field. May be multi-lang string encoded.
        description (str | None): Optional tooltip text for this field
        short_label (str | None): Short name to be used in Archive headings and on page 1. If blank, the
            fieldLabel will be used everywhere.
        hide_label (bool | None): Hide the label if 1
        hide_field (bool | None): Hide the field from the UI. Only allow API access.
        is_indexed (bool | None): Is this field indexed? 0 if no, index no. if yes
        is_mandatory (bool | None): 0 = no, 1 = yes (field must be filled out)
        is_read_only (bool | None): 0 = read/write, 1 = readonly (don't combine with mandatory 8-) )
        is_external (bool | None): Should this field be shown to external users via customer center?
        is_display_field (bool | None): Flag indicating that this field is chosen as DisplayField for a table it belongs
        rank (int | None): Tab order, ranking within the custom fields.
        template_variable_name (str | None): Template variable name: 'cs01', 'cl02' etc. Null for extra fields.
    """

    field_type: CustomFieldType | None = None
    field_name: str | None = None
    display_name: str | None = None
    description: str | None = None
    short_label: str | None = None
    hide_label: bool | None = None
    hide_field: bool | None = None
    is_indexed: bool | None = None
    is_mandatory: bool | None = None
    is_read_only: bool | None = None
    is_external: bool | None = None
    is_display_field: bool | None = None
    rank: int | None = None
    template_variable_name: str | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "field_type": "FieldType",
        "field_name": "FieldName",
        "display_name": "DisplayName",
        "description": "Description",
        "short_label": "ShortLabel",
        "hide_label": "HideLabel",
        "hide_field": "HideField",
        "is_indexed": "IsIndexed",
        "is_mandatory": "IsMandatory",
        "is_read_only": "IsReadOnly",
        "is_external": "IsExternal",
        "is_display_field": "IsDisplayField",
        "rank": "Rank",
        "template_variable_name": "TemplateVariableName",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        *,
        field_type: CustomFieldType | None = NOT_SET,
        field_name: str | None = NOT_SET,
        display_name: str | None = NOT_SET,
        description: str | None = NOT_SET,
        short_label: str | None = NOT_SET,
        hide_label: bool | None = NOT_SET,
        hide_field: bool | None = NOT_SET,
        is_indexed: bool | None = NOT_SET,
        is_mandatory: bool | None = NOT_SET,
        is_read_only: bool | None = NOT_SET,
        is_external: bool | None = NOT_SET,
        is_display_field: bool | None = NOT_SET,
        rank: int | None = NOT_SET,
        template_variable_name: str | None = NOT_SET,
    ) -> None:
        d = self.__dict__
        if field_type is not NOT_SET:
            d["field_type"] = field_type
        if field_name is not NOT_SET:
            d["field_name"] = field_name
        if display_name is not NOT_SET:
            d["display_name"] = display_name
        if description is not NOT_SET:
            d["description"] = description
        if short_label is not NOT_SET:
            d["short_label"] = short_label
        if hide_label is not NOT_SET:
            d["hide_label"] = hide_label
        if hide_field is not NOT_SET:
            d["hide_field"] = hide_field
        if is_indexed is not NOT_SET:
            d["is_indexed"] = is_indexed
        if is_mandatory is not NOT_SET:
            d["is_mandatory"] = is_mandatory
        if is_read_only is not NOT_SET:
            d["is_read_only"] = is_read_only
        if is_external is not NOT_SET:
            d["is_external"] = is_external
        if is_display_field is not NOT_SET:
            d["is_display_field"] = is_display_field
        if rank is not NOT_SET:
            d["rank"] = rank
        if template_variable_name is not NOT_SET:
            d["template_variable_name"] = template_variable_name

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, Any] | None = self.__dict__.get("_extra")
        if found is None:
            found = self.__dict__["_extra"] = {}
        return found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["_extra"] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        s = self.__dict__
        extra = s.get("_extra")
        field_dict: dict[str, Any] = dict(extra) if extra else {}
        if "field_type" in s:
            field_dict["FieldType"] = s["field_type"]
        if "field_name" in s:
            field_dict["FieldName"] = s["field_name"]
        if "display_name" in s:
            field_dict["DisplayName"] = s["display_name"]
        if "description" in s:
            field_dict["Description"] = s["description"]
        if "short_label" in s:
            field_dict["ShortLabel"] = s["short_label"]
        if "hide_label" in s:
            field_dict["HideLabel"] = s["hide_label"]
        if "hide_field" in s:
            field_dict["HideField"] = s["hide_field"]
        if "is_indexed" in s:
            field_dict["IsIndexed"] = s["is_indexed"]
        if "is_mandatory" in s:
            field_dict["IsMandatory"] = s["is_mandatory"]
        if "is_read_only" in s:
            field_dict["IsReadOnly"] = s["is_read_only"]
        if "is_external" in s:
            field_dict["IsExternal"] = s["is_external"]
        if "is_display_field" in s:
            field_dict["IsDisplayField"] = s["is_display_field"]
        if "rank" in s:
            field_dict["Rank"] = s["rank"]
        if "template_variable_name" in s:
            field_dict["TemplateVariableName"] = s["template_variable_name"]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("FieldType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = CustomFieldType._open(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"FieldType: expected CustomFieldType | None | str, got {type(v).__name__}"
                    ) from error
            d["field_type"] = v

        v = g("FieldName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"FieldName: expected None | str, got {type(v).__name__}"
                    )
            d["field_name"] = v

        v = g("DisplayName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"DisplayName: expected None | str, got {type(v).__name__}"
                    )
            d["display_name"] = v

        v = g("Description", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"Description: expected None | str, got {type(v).__name__}"
                    )
            d["description"] = v

        v = g("ShortLabel", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"ShortLabel: expected None | str, got {type(v).__name__}"
                    )
            d["short_label"] = v

        v = g("HideLabel", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"HideLabel: expected bool | None, got {type(v).__name__}"
                    )
            d["hide_label"] = v

        v = g("HideField", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"HideField: expected bool | None, got {type(v).__name__}"
                    )
            d["hide_field"] = v

        v = g("IsIndexed", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsIndexed: expected bool | None, got {type(v).__name__}"
                    )
            d["is_indexed"] = v

        v = g("IsMandatory", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsMandatory: expected bool | None, got {type(v).__name__}"
                    )
            d["is_mandatory"] = v

        v = g("IsReadOnly", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsReadOnly: expected bool | None, got {type(v).__name__}"
                    )
            d["is_read_only"] = v

        v = g("IsExternal", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsExternal: expected bool | None, got {type(v).__name__}"
                    )
            d["is_external"] = v

        v = g("IsDisplayField", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is bool):
                    raise TypeError(
                        f"IsDisplayField: expected bool | None, got {type(v).__name__}"
                    )
            d["is_display_field"] = v

        v = g("Rank", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"Rank: expected int | None, got {type(v).__name__}"
                    )
            d["rank"] = v

        v = g("TemplateVariableName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"TemplateVariableName: expected None | str, got {type(v).__name__}"
                    )
            d["template_variable_name"] = v

        if len(d) != len(src_dict):
            known = cls._FROM_WIRE
            found = {k: v for k, v in src_dict.items() if k not in known}
            if found:
                d["_extra"] = found
        self = object.__new__(cls)
        self.__dict__ = d
        return self

    def __getitem__(self, key: str) -> Any:
        """A value by its JSON name: a documented property that is set, or another key."""
        name = self._python_names().get(key)
        if name is not None and name in self.__dict__:
            return self.__dict__[name]  # type: ignore[no-any-return]
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` when the answer did not have ``key``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = self._python_names().get(key)
        return (
            name is not None and name in self.__dict__
        ) or key in self.additional_properties
