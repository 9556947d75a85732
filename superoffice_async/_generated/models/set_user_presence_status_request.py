from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetUserPresenceStatusRequest")


@_attrs_define
class SetUserPresenceStatusRequest:
    """Set user presence status

    Attributes:
        associate_id (int | None):
        user_presence_status (None | UserPresenceStatus):
    """

    associate_id: int | None
    user_presence_status: None | UserPresenceStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associate_id: int | None = self.associate_id

        user_presence_status: dict[str, Any] | None
        if isinstance(self.user_presence_status, UserPresenceStatus):
            user_presence_status = self.user_presence_status.to_dict()
        else:
            user_presence_status = self.user_presence_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AssociateId": associate_id,
                "UserPresenceStatus": user_presence_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        associate_id = d.pop("AssociateId")
        if not (
            associate_id is None
            or (isinstance(associate_id, (int,)) and not isinstance(associate_id, bool))
        ):
            raise TypeError(
                f"AssociateId: expected int | None, got {type(associate_id).__name__}"
            )

        user_presence_status = d.pop("UserPresenceStatus")
        if user_presence_status is not None:
            try:
                if not isinstance(user_presence_status, dict):
                    raise TypeError()
                user_presence_status_type_0 = UserPresenceStatus.from_dict(
                    user_presence_status
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"UserPresenceStatus: expected None | UserPresenceStatus, got {type(user_presence_status).__name__}"
                ) from error
            user_presence_status = user_presence_status_type_0

        set_user_presence_status_request = cls(
            associate_id=associate_id,
            user_presence_status=user_presence_status,
        )

        set_user_presence_status_request.additional_properties = d
        return set_user_presence_status_request

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


from ..models.user_presence_status import UserPresenceStatus
