from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_control_type import CredentialControlType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialType")


@_attrs_define
class CredentialType:
    """Description of credential type.

    Attributes:
        type_ (None | str | Unset): Type of credentials, corresponding to name of plugin and type in the credentials
            table
        description (None | str | Unset): Description of the authentication type.
        display_type (None | str | Unset): The name of the credentials to be displayed in the user interface.
        value_control (CredentialControlType | None | str | Unset): Type of control used to display the value (unknown
            values kept as strings).
        is_user_name_supported (bool | None | Unset):
        can_create_person (bool | None | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    display_type: None | str | Unset = UNSET
    value_control: CredentialControlType | None | str | Unset = UNSET
    is_user_name_supported: bool | None | Unset = UNSET
    can_create_person: bool | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset = self.type_

        description: None | str | Unset = self.description

        display_type: None | str | Unset = self.display_type

        value_control: None | str | Unset
        if isinstance(self.value_control, Unset):
            value_control = UNSET
        elif isinstance(self.value_control, CredentialControlType):
            value_control = self.value_control.value
        else:
            value_control = self.value_control

        is_user_name_supported: bool | None | Unset = self.is_user_name_supported

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
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if description is not UNSET:
            field_dict["Description"] = description
        if display_type is not UNSET:
            field_dict["DisplayType"] = display_type
        if value_control is not UNSET:
            field_dict["ValueControl"] = value_control
        if is_user_name_supported is not UNSET:
            field_dict["IsUserNameSupported"] = is_user_name_supported
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
        type_ = d.pop("Type", UNSET)
        if not (type_ is None or type_ is UNSET or (isinstance(type_, (str,)))):
            raise TypeError(f"Type: expected None | str, got {type(type_).__name__}")

        description = d.pop("Description", UNSET)
        if not (
            description is None
            or description is UNSET
            or (isinstance(description, (str,)))
        ):
            raise TypeError(
                f"Description: expected None | str, got {type(description).__name__}"
            )

        display_type = d.pop("DisplayType", UNSET)
        if not (
            display_type is None
            or display_type is UNSET
            or (isinstance(display_type, (str,)))
        ):
            raise TypeError(
                f"DisplayType: expected None | str, got {type(display_type).__name__}"
            )

        value_control = d.pop("ValueControl", UNSET)
        if value_control is not None and value_control is not UNSET:

            def _parse_value_control(
                data: object,
            ) -> CredentialControlType | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    value_control_type_0 = CredentialControlType(data)

                    return value_control_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(CredentialControlType | None | str | Unset, data)
                raise TypeError(
                    f"ValueControl: expected CredentialControlType | None | str, got {type(data).__name__}"
                ) from _error

            value_control = _parse_value_control(value_control)

        is_user_name_supported = d.pop("IsUserNameSupported", UNSET)
        if not (
            is_user_name_supported is None
            or is_user_name_supported is UNSET
            or (isinstance(is_user_name_supported, (bool,)))
        ):
            raise TypeError(
                f"IsUserNameSupported: expected bool | None, got {type(is_user_name_supported).__name__}"
            )

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

        credential_type = cls(
            type_=type_,
            description=description,
            display_type=display_type,
            value_control=value_control,
            is_user_name_supported=is_user_name_supported,
            can_create_person=can_create_person,
            table_right=table_right,
            field_properties=field_properties,
        )

        credential_type.additional_properties = d
        return credential_type

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
