from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CredentialsGroupUsers")


@_attrs_define
class CredentialsGroupUsers:
    """This is the users within a user group.

    Attributes:
        headings (list[str] | None | Unset): Headings in which to list the different users.
        users (list[CredentialUser] | None | Unset): The list of actual users that can be selected
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    headings: list[str] | None | Unset = UNSET
    users: list[CredentialUser] | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        headings: list[str] | None | Unset
        if isinstance(self.headings, Unset):
            headings = UNSET
        elif isinstance(self.headings, list):
            headings = self.headings

        else:
            headings = self.headings

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

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
        if headings is not UNSET:
            field_dict["Headings"] = headings
        if users is not UNSET:
            field_dict["Users"] = users
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        headings = d.pop("Headings", UNSET)
        if headings is not None and headings is not UNSET:
            try:
                if not isinstance(headings, list):
                    raise TypeError()
                headings_type_0 = cast(list[str], headings)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Headings: expected list[str] | None, got {type(headings).__name__}"
                ) from error
            headings = headings_type_0

        users = d.pop("Users", UNSET)
        if users is not None and users is not UNSET:
            try:
                if not isinstance(users, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = users
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = CredentialUser.from_dict(users_type_0_item_data)

                    users_type_0.append(users_type_0_item)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"Users: expected list[CredentialUser] | None, got {type(users).__name__}"
                ) from error
            users = users_type_0

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

        credentials_group_users = cls(
            headings=headings,
            users=users,
            table_right=table_right,
            field_properties=field_properties,
        )

        credentials_group_users.additional_properties = d
        return credentials_group_users

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


from ..models.credential_user import CredentialUser
from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
