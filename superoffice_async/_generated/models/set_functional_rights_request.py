from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetFunctionalRightsRequest")


@_attrs_define
class SetFunctionalRightsRequest:
    """Set all functional rights for the given role. Functional rights not specified here will be removed from the role.

    Attributes:
        role_id (int | None):
        functional_right_ids (list[int] | None):
    """

    role_id: int | None
    functional_right_ids: list[int] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id: int | None = self.role_id

        functional_right_ids: list[int] | None
        if isinstance(self.functional_right_ids, list):
            functional_right_ids = self.functional_right_ids

        else:
            functional_right_ids = self.functional_right_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RoleId": role_id,
                "FunctionalRightIds": functional_right_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role_id = d.pop("RoleId")
        if not (
            role_id is None
            or (isinstance(role_id, (int,)) and not isinstance(role_id, bool))
        ):
            raise TypeError(
                f"RoleId: expected int | None, got {type(role_id).__name__}"
            )

        functional_right_ids = d.pop("FunctionalRightIds")
        if functional_right_ids is not None:
            try:
                if not isinstance(functional_right_ids, list):
                    raise TypeError()
                functional_right_ids_type_0 = cast(list[int], functional_right_ids)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"FunctionalRightIds: expected list[int] | None, got {type(functional_right_ids).__name__}"
                ) from error
            functional_right_ids = functional_right_ids_type_0

        set_functional_rights_request = cls(
            role_id=role_id,
            functional_right_ids=functional_right_ids,
        )

        set_functional_rights_request.additional_properties = d
        return set_functional_rights_request

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
