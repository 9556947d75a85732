from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Associate")


@_attrs_define
class Associate:
    """Services for the Associate Carrier is available from the Associate Agent.

    Attributes:
        associate_id (int | None | Unset): Primary key
        name (None | str | Unset): Initials, also login name, possibly database user name
        person_id (int | None | Unset): Owning person record Use MDO List name "person" to get list items.
        rank (int | None | Unset): Rank order
        tooltip (None | str | Unset): Tooltip or other description
        type_ (None | str | Unset | UserType): User type - 1 = internal user, 2 = resource, 3 = external user, 4 =
            anonymous, 5 = system
        group_idx (int | None | Unset): Primary group membership, see UserGroupLink for secondary memberships
        full_name (None | str | Unset): The associate's culture formatted fullname (firstname, middleName and lastname)
        formal_name (None | str | Unset): The associate's culture formatted formalname (firstname, middleName and
            lastname, title, mrmrs)
        deleted (bool | None | Unset): If true, the user is retired and should have no rights, not appear in lists, etc.
        ej_user_id (int | None | Unset): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        user_name (None | str | Unset): User name
        extra_fields (None | StringDictionary | Unset):
        custom_fields (None | StringDictionary | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    associate_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    type_: None | str | Unset | UserType = UNSET
    group_idx: int | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    formal_name: None | str | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    extra_fields: None | StringDictionary | Unset = UNSET
    custom_fields: None | StringDictionary | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None | Unset = self.associate_id

        name: None | str | Unset = self.name

        person_id: int | None | Unset = self.person_id

        rank: int | None | Unset = self.rank

        tooltip: None | str | Unset = self.tooltip

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, UserType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        group_idx: int | None | Unset = self.group_idx

        full_name: None | str | Unset = self.full_name

        formal_name: None | str | Unset = self.formal_name

        deleted: bool | None | Unset = self.deleted

        ej_user_id: int | None | Unset = self.ej_user_id

        user_name: None | str | Unset = self.user_name

        extra_fields: dict[str, Any] | None | Unset
        if isinstance(self.extra_fields, Unset):
            extra_fields = UNSET
        elif isinstance(self.extra_fields, StringDictionary):
            extra_fields = self.extra_fields.to_dict()
        else:
            extra_fields = self.extra_fields

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, StringDictionary):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

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
        if associate_id is not UNSET:
            field_dict["AssociateId"] = associate_id
        if name is not UNSET:
            field_dict["Name"] = name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if group_idx is not UNSET:
            field_dict["GroupIdx"] = group_idx
        if full_name is not UNSET:
            field_dict["FullName"] = full_name
        if formal_name is not UNSET:
            field_dict["FormalName"] = formal_name
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if extra_fields is not UNSET:
            field_dict["ExtraFields"] = extra_fields
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        associate_id = d.pop("AssociateId", UNSET)
        if not (
            associate_id is None
            or associate_id is UNSET
            or (isinstance(associate_id, (int,)) and not isinstance(associate_id, bool))
        ):
            raise TypeError(
                f"AssociateId: expected int | None, got {type(associate_id).__name__}"
            )

        name = d.pop("Name", UNSET)
        if not (name is None or name is UNSET or (isinstance(name, (str,)))):
            raise TypeError(f"Name: expected None | str, got {type(name).__name__}")

        person_id = d.pop("PersonId", UNSET)
        if not (
            person_id is None
            or person_id is UNSET
            or (isinstance(person_id, (int,)) and not isinstance(person_id, bool))
        ):
            raise TypeError(
                f"PersonId: expected int | None, got {type(person_id).__name__}"
            )

        rank = d.pop("Rank", UNSET)
        if not (
            rank is None
            or rank is UNSET
            or (isinstance(rank, (int,)) and not isinstance(rank, bool))
        ):
            raise TypeError(f"Rank: expected int | None, got {type(rank).__name__}")

        tooltip = d.pop("Tooltip", UNSET)
        if not (tooltip is None or tooltip is UNSET or (isinstance(tooltip, (str,)))):
            raise TypeError(
                f"Tooltip: expected None | str, got {type(tooltip).__name__}"
            )

        type_ = d.pop("Type", UNSET)
        if type_ is not None and type_ is not UNSET:

            def _parse_type_(data: object) -> None | str | Unset | UserType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = UserType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(None | str | Unset | UserType, data)
                raise TypeError(
                    f"Type: expected None | str | UserType, got {type(data).__name__}"
                ) from _error

            type_ = _parse_type_(type_)

        group_idx = d.pop("GroupIdx", UNSET)
        if not (
            group_idx is None
            or group_idx is UNSET
            or (isinstance(group_idx, (int,)) and not isinstance(group_idx, bool))
        ):
            raise TypeError(
                f"GroupIdx: expected int | None, got {type(group_idx).__name__}"
            )

        full_name = d.pop("FullName", UNSET)
        if not (
            full_name is None or full_name is UNSET or (isinstance(full_name, (str,)))
        ):
            raise TypeError(
                f"FullName: expected None | str, got {type(full_name).__name__}"
            )

        formal_name = d.pop("FormalName", UNSET)
        if not (
            formal_name is None
            or formal_name is UNSET
            or (isinstance(formal_name, (str,)))
        ):
            raise TypeError(
                f"FormalName: expected None | str, got {type(formal_name).__name__}"
            )

        deleted = d.pop("Deleted", UNSET)
        if not (deleted is None or deleted is UNSET or (isinstance(deleted, (bool,)))):
            raise TypeError(
                f"Deleted: expected bool | None, got {type(deleted).__name__}"
            )

        ej_user_id = d.pop("EjUserId", UNSET)
        if not (
            ej_user_id is None
            or ej_user_id is UNSET
            or (isinstance(ej_user_id, (int,)) and not isinstance(ej_user_id, bool))
        ):
            raise TypeError(
                f"EjUserId: expected int | None, got {type(ej_user_id).__name__}"
            )

        user_name = d.pop("UserName", UNSET)
        if not (
            user_name is None or user_name is UNSET or (isinstance(user_name, (str,)))
        ):
            raise TypeError(
                f"UserName: expected None | str, got {type(user_name).__name__}"
            )

        extra_fields = d.pop("ExtraFields", UNSET)
        if extra_fields is not None and extra_fields is not UNSET:
            try:
                if not isinstance(extra_fields, dict):
                    raise TypeError()
                componentsschemas_nullable_string_dictionary_type_0 = (
                    StringDictionary.from_dict(extra_fields)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ExtraFields: expected None | StringDictionary, got {type(extra_fields).__name__}"
                ) from error
            extra_fields = componentsschemas_nullable_string_dictionary_type_0

        custom_fields = d.pop("CustomFields", UNSET)
        if custom_fields is not None and custom_fields is not UNSET:
            try:
                if not isinstance(custom_fields, dict):
                    raise TypeError()
                componentsschemas_nullable_string_dictionary_type_0 = (
                    StringDictionary.from_dict(custom_fields)
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"CustomFields: expected None | StringDictionary, got {type(custom_fields).__name__}"
                ) from error
            custom_fields = componentsschemas_nullable_string_dictionary_type_0

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

        associate = cls(
            associate_id=associate_id,
            name=name,
            person_id=person_id,
            rank=rank,
            tooltip=tooltip,
            type_=type_,
            group_idx=group_idx,
            full_name=full_name,
            formal_name=formal_name,
            deleted=deleted,
            ej_user_id=ej_user_id,
            user_name=user_name,
            extra_fields=extra_fields,
            custom_fields=custom_fields,
            table_right=table_right,
            field_properties=field_properties,
        )

        associate.additional_properties = d
        return associate

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
from ..models.string_dictionary import StringDictionary
from ..models.table_right import TableRight
