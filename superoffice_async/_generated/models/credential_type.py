from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_properties import FieldProperties
    from ..models.table_right import TableRight


T = TypeVar("T", bound="CredentialType")


@_attrs_define
class CredentialType:
    """Description of credential type.

    Attributes:
        type_ (None | str | Unset): Type of credentials, corresponding to name of plugin and type in the credentials
            table
        description (None | str | Unset): Description of the authentication type.
        display_type (None | str | Unset): The name of the credentials to be displayed in the user interface.
        value_control (None | str | Unset): Type of control used to display the value (CredentialControlType, raw
            string).
        is_user_name_supported (bool | None | Unset):
        can_create_person (bool | None | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    display_type: None | str | Unset = UNSET
    value_control: None | str | Unset = UNSET
    is_user_name_supported: bool | None | Unset = UNSET
    can_create_person: bool | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_type: None | str | Unset
        if isinstance(self.display_type, Unset):
            display_type = UNSET
        else:
            display_type = self.display_type

        value_control: None | str | Unset
        if isinstance(self.value_control, Unset):
            value_control = UNSET
        else:
            value_control = self.value_control

        is_user_name_supported: bool | None | Unset
        if isinstance(self.is_user_name_supported, Unset):
            is_user_name_supported = UNSET
        else:
            is_user_name_supported = self.is_user_name_supported

        can_create_person: bool | None | Unset
        if isinstance(self.can_create_person, Unset):
            can_create_person = UNSET
        else:
            can_create_person = self.can_create_person

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
        from ..models.field_properties import FieldProperties
        from ..models.table_right import TableRight

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Type: expected None | str, got {type(data).__name__}"
            ) from _error

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"Description: expected None | str, got {type(data).__name__}"
            ) from _error

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_display_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"DisplayType: expected None | str, got {type(data).__name__}"
            ) from _error

        display_type = _parse_display_type(d.pop("DisplayType", UNSET))

        def _parse_value_control(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (str,)):
                return cast(None | str | Unset, data)
            raise TypeError(
                f"ValueControl: expected None | str, got {type(data).__name__}"
            ) from _error

        value_control = _parse_value_control(d.pop("ValueControl", UNSET))

        def _parse_is_user_name_supported(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"IsUserNameSupported: expected bool | None, got {type(data).__name__}"
            ) from _error

        is_user_name_supported = _parse_is_user_name_supported(
            d.pop("IsUserNameSupported", UNSET)
        )

        def _parse_can_create_person(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            if isinstance(data, (bool,)):
                return cast(bool | None | Unset, data)
            raise TypeError(
                f"CanCreatePerson: expected bool | None, got {type(data).__name__}"
            ) from _error

        can_create_person = _parse_can_create_person(d.pop("CanCreatePerson", UNSET))

        def _parse_table_right(data: object) -> None | TableRight | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_table_right_type_0 = TableRight.from_dict(
                    data
                )

                return componentsschemas_nullable_table_right_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"TableRight: expected None | TableRight, got {type(data).__name__}"
            ) from _error

        table_right = _parse_table_right(d.pop("TableRight", UNSET))

        def _parse_field_properties(data: object) -> FieldProperties | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            _error: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_field_properties_type_0 = (
                    FieldProperties.from_dict(data)
                )

                return componentsschemas_nullable_field_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                _error = error
            raise TypeError(
                f"FieldProperties: expected FieldProperties | None, got {type(data).__name__}"
            ) from _error

        field_properties = _parse_field_properties(d.pop("FieldProperties", UNSET))

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
