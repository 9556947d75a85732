from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialUser")


@_attrs_define
class CredentialUser:
    """Information about a users credentials in a foregin system that can be bound to a SuperOffice user (i.e. associate)

    Attributes:
        value (None | str | Unset): Identification of user in the foreign system. This value needs to be applied to the
            Credential.Value field
        display_value (None | str | Unset): Display value of the user. This value needs to be applied to the
            Credential.DisplayValue field.
        columns (list[str] | None | Unset): Columns, matching CredentialUsers.Headings
        can_create_person (bool | None | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    value: None | str | Unset = UNSET
    display_value: None | str | Unset = UNSET
    columns: list[str] | None | Unset = UNSET
    can_create_person: bool | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset = self.value

        display_value: None | str | Unset = self.display_value

        columns: list[str] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = self.columns

        else:
            columns = self.columns

        can_create_person: bool | None | Unset = self.can_create_person

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
        if value is not UNSET:
            field_dict["Value"] = value
        if display_value is not UNSET:
            field_dict["DisplayValue"] = display_value
        if columns is not UNSET:
            field_dict["Columns"] = columns
        if can_create_person is not UNSET:
            field_dict["CanCreatePerson"] = can_create_person
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("Value", UNSET)
        if not (value is None or value is UNSET or (isinstance(value, (str,)))):
            raise TypeError(f"Value: expected None | str, got {type(value).__name__}")

        display_value = d.pop("DisplayValue", UNSET)
        if not (
            display_value is None
            or display_value is UNSET
            or (isinstance(display_value, (str,)))
        ):
            raise TypeError(
                f"DisplayValue: expected None | str, got {type(display_value).__name__}"
            )

        columns = d.pop("Columns", UNSET)
        if columns is not None and columns is not UNSET:
            try:
                if not isinstance(columns, list):
                    raise TypeError()
                columns_type_0 = cast(list[str], columns)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Columns: expected list[str] | None, got {type(columns).__name__}"
                ) from error
            columns = columns_type_0

        can_create_person = d.pop("CanCreatePerson", UNSET)
        if not (
            can_create_person is None
            or can_create_person is UNSET
            or (isinstance(can_create_person, (bool,)))
        ):
            raise TypeError(
                f"CanCreatePerson: expected bool | None, got {type(can_create_person).__name__}"
            )

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

        credential_user = cls(
            value=value,
            display_value=display_value,
            columns=columns,
            can_create_person=can_create_person,
            table_right=table_right,
            field_properties=field_properties,
        )

        credential_user.additional_properties = d
        return credential_user

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
