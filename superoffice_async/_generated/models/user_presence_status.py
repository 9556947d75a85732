from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ej_user_status import EjUserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPresenceStatus")


@_attrs_define
class UserPresenceStatus:
    """Manage present/absent status for a Service user account (influences ticket assignments).

    Attributes:
        status (EjUserStatus | None | str | Unset): The status (enum) for this user.
        message (None | str | Unset): Comment to add for user when status is not present.
    """

    status: EjUserStatus | None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EjUserStatus):
            status = self.status.value
        else:
            status = self.status

        message: None | str | Unset = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("Status", UNSET)
        if status is not None and status is not UNSET:

            def _parse_status(data: object) -> EjUserStatus | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _error: Exception | None = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = EjUserStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    _error = error
                if isinstance(data, (str,)):
                    return cast(EjUserStatus | None | str | Unset, data)
                raise TypeError(
                    f"Status: expected EjUserStatus | None | str, got {type(data).__name__}"
                ) from _error

            status = _parse_status(status)

        message = d.pop("Message", UNSET)
        if not (message is None or message is UNSET or (isinstance(message, (str,)))):
            raise TypeError(
                f"Message: expected None | str, got {type(message).__name__}"
            )

        user_presence_status = cls(
            status=status,
            message=message,
        )

        user_presence_status.additional_properties = d
        return user_presence_status

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
