from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetDefaultAssociateUserNameRequest")


@_attrs_define
class GetDefaultAssociateUserNameRequest:
    """Get the default username for a person

    Attributes:
        user (None | User):
    """

    user: None | User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | None
        if isinstance(self.user, User):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "User": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("User")
        if user is not None:
            try:
                if not isinstance(user, dict):
                    raise TypeError()
                user_type_0 = User.from_dict(user)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"User: expected None | User, got {type(user).__name__}"
                ) from error
            user = user_type_0

        get_default_associate_user_name_request = cls(
            user=user,
        )

        get_default_associate_user_name_request.additional_properties = d
        return get_default_associate_user_name_request

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


from ..models.user import User
