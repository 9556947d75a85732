from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """
    Attributes:
        deleted (bool | None | Unset): If true, the user is retired and should have no rights, not appear in lists, etc.
        user_info_id (int | None | Unset): Primary key
        user_name (None | str | Unset): Initials, also login name, possibly database user name
        person_id (int | None | Unset): Owning person record
        rank (int | None | Unset): Rank order
        tooltip (None | str | Unset): Tooltip or other description
        user_group_id (int | None | Unset): Primary group membership, see UserGroupLink for secondary memberships
        ej_user_id (int | None | Unset): ID of the ej user record corresponding to this associate; 0 for associates that
            are not ej users
        user_type (None | str | Unset | UserType):
        granted_licenses (list[str] | None | Unset):
        can_logon (bool | None | Unset):
        role_name (None | str | Unset):
        role_tooltip (None | str | Unset):
        user_group_name (None | str | Unset):
        user_group_tooltip (None | str | Unset):
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    deleted: bool | None | Unset = UNSET
    user_info_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    tooltip: None | str | Unset = UNSET
    user_group_id: int | None | Unset = UNSET
    ej_user_id: int | None | Unset = UNSET
    user_type: None | str | Unset | UserType = UNSET
    granted_licenses: list[str] | None | Unset = UNSET
    can_logon: bool | None | Unset = UNSET
    role_name: None | str | Unset = UNSET
    role_tooltip: None | str | Unset = UNSET
    user_group_name: None | str | Unset = UNSET
    user_group_tooltip: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted: bool | None | Unset = self.deleted

        user_info_id: int | None | Unset = self.user_info_id

        user_name: None | str | Unset = self.user_name

        person_id: int | None | Unset = self.person_id

        rank: int | None | Unset = self.rank

        tooltip: None | str | Unset = self.tooltip

        user_group_id: int | None | Unset = self.user_group_id

        ej_user_id: int | None | Unset = self.ej_user_id

        user_type: None | str | Unset
        if isinstance(self.user_type, Unset):
            user_type = UNSET
        elif isinstance(self.user_type, UserType):
            user_type = self.user_type.value
        else:
            user_type = self.user_type

        granted_licenses: list[str] | None | Unset
        if isinstance(self.granted_licenses, Unset):
            granted_licenses = UNSET
        elif isinstance(self.granted_licenses, list):
            granted_licenses = self.granted_licenses

        else:
            granted_licenses = self.granted_licenses

        can_logon: bool | None | Unset = self.can_logon

        role_name: None | str | Unset = self.role_name

        role_tooltip: None | str | Unset = self.role_tooltip

        user_group_name: None | str | Unset = self.user_group_name

        user_group_tooltip: None | str | Unset = self.user_group_tooltip

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
        if deleted is not UNSET:
            field_dict["Deleted"] = deleted
        if user_info_id is not UNSET:
            field_dict["UserInfoId"] = user_info_id
        if user_name is not UNSET:
            field_dict["UserName"] = user_name
        if person_id is not UNSET:
            field_dict["PersonId"] = person_id
        if rank is not UNSET:
            field_dict["Rank"] = rank
        if tooltip is not UNSET:
            field_dict["Tooltip"] = tooltip
        if user_group_id is not UNSET:
            field_dict["UserGroupId"] = user_group_id
        if ej_user_id is not UNSET:
            field_dict["EjUserId"] = ej_user_id
        if user_type is not UNSET:
            field_dict["UserType"] = user_type
        if granted_licenses is not UNSET:
            field_dict["GrantedLicenses"] = granted_licenses
        if can_logon is not UNSET:
            field_dict["CanLogon"] = can_logon
        if role_name is not UNSET:
            field_dict["RoleName"] = role_name
        if role_tooltip is not UNSET:
            field_dict["RoleTooltip"] = role_tooltip
        if user_group_name is not UNSET:
            field_dict["UserGroupName"] = user_group_name
        if user_group_tooltip is not UNSET:
            field_dict["UserGroupTooltip"] = user_group_tooltip
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deleted = d.pop("Deleted", UNSET)
        if not (deleted is None or deleted is UNSET or (isinstance(deleted, (bool,)))):
            raise TypeError(
                f"Deleted: expected bool | None, got {type(deleted).__name__}"
            )

        user_info_id = d.pop("UserInfoId", UNSET)
        if not (
            user_info_id is None
            or user_info_id is UNSET
            or (isinstance(user_info_id, (int,)) and not isinstance(user_info_id, bool))
        ):
            raise TypeError(
                f"UserInfoId: expected int | None, got {type(user_info_id).__name__}"
            )

        user_name = d.pop("UserName", UNSET)
        if not (
            user_name is None or user_name is UNSET or (isinstance(user_name, (str,)))
        ):
            raise TypeError(
                f"UserName: expected None | str, got {type(user_name).__name__}"
            )

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

        user_group_id = d.pop("UserGroupId", UNSET)
        if not (
            user_group_id is None
            or user_group_id is UNSET
            or (
                isinstance(user_group_id, (int,))
                and not isinstance(user_group_id, bool)
            )
        ):
            raise TypeError(
                f"UserGroupId: expected int | None, got {type(user_group_id).__name__}"
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

        user_type = d.pop("UserType", UNSET)
        if user_type is not None and user_type is not UNSET:

            def _parse_user_type(data: object) -> None | str | Unset | UserType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_type_type_0 = UserType(data)

                    return user_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(None | str | Unset | UserType, data)
                raise TypeError(
                    f"UserType: expected None | str | UserType, got {type(data).__name__}"
                ) from _error

            user_type = _parse_user_type(user_type)

        granted_licenses = d.pop("GrantedLicenses", UNSET)
        if granted_licenses is not None and granted_licenses is not UNSET:
            try:
                if not isinstance(granted_licenses, list):
                    raise TypeError()
                granted_licenses_type_0 = cast(list[str], granted_licenses)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"GrantedLicenses: expected list[str] | None, got {type(granted_licenses).__name__}"
                ) from error
            granted_licenses = granted_licenses_type_0

        can_logon = d.pop("CanLogon", UNSET)
        if not (
            can_logon is None or can_logon is UNSET or (isinstance(can_logon, (bool,)))
        ):
            raise TypeError(
                f"CanLogon: expected bool | None, got {type(can_logon).__name__}"
            )

        role_name = d.pop("RoleName", UNSET)
        if not (
            role_name is None or role_name is UNSET or (isinstance(role_name, (str,)))
        ):
            raise TypeError(
                f"RoleName: expected None | str, got {type(role_name).__name__}"
            )

        role_tooltip = d.pop("RoleTooltip", UNSET)
        if not (
            role_tooltip is None
            or role_tooltip is UNSET
            or (isinstance(role_tooltip, (str,)))
        ):
            raise TypeError(
                f"RoleTooltip: expected None | str, got {type(role_tooltip).__name__}"
            )

        user_group_name = d.pop("UserGroupName", UNSET)
        if not (
            user_group_name is None
            or user_group_name is UNSET
            or (isinstance(user_group_name, (str,)))
        ):
            raise TypeError(
                f"UserGroupName: expected None | str, got {type(user_group_name).__name__}"
            )

        user_group_tooltip = d.pop("UserGroupTooltip", UNSET)
        if not (
            user_group_tooltip is None
            or user_group_tooltip is UNSET
            or (isinstance(user_group_tooltip, (str,)))
        ):
            raise TypeError(
                f"UserGroupTooltip: expected None | str, got {type(user_group_tooltip).__name__}"
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

        user_info = cls(
            deleted=deleted,
            user_info_id=user_info_id,
            user_name=user_name,
            person_id=person_id,
            rank=rank,
            tooltip=tooltip,
            user_group_id=user_group_id,
            ej_user_id=ej_user_id,
            user_type=user_type,
            granted_licenses=granted_licenses,
            can_logon=can_logon,
            role_name=role_name,
            role_tooltip=role_tooltip,
            user_group_name=user_group_name,
            user_group_tooltip=user_group_tooltip,
            table_right=table_right,
            field_properties=field_properties,
        )

        user_info.additional_properties = d
        return user_info

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
