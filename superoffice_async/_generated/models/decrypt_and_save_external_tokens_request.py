from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DecryptAndSaveExternalTokensRequest")


@_attrs_define
class DecryptAndSaveExternalTokensRequest:
    """First asks AccessGateway to decrypt the tokens, then saves the external tokens to the DB and returns a key that can
    be used to retrieve them

        Attributes:
            token_management_info (None | TokenManagementInfo):
    """

    token_management_info: None | TokenManagementInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_management_info: dict[str, Any] | None
        if isinstance(self.token_management_info, TokenManagementInfo):
            token_management_info = self.token_management_info.to_dict()
        else:
            token_management_info = self.token_management_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TokenManagementInfo": token_management_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token_management_info = d.pop("TokenManagementInfo")
        if token_management_info is not None:
            try:
                if not isinstance(token_management_info, dict):
                    raise TypeError()
                token_management_info_type_0 = TokenManagementInfo.from_dict(
                    token_management_info
                )

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"TokenManagementInfo: expected None | TokenManagementInfo, got {type(token_management_info).__name__}"
                ) from error
            token_management_info = token_management_info_type_0

        decrypt_and_save_external_tokens_request = cls(
            token_management_info=token_management_info,
        )

        decrypt_and_save_external_tokens_request.additional_properties = d
        return decrypt_and_save_external_tokens_request

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


from ..models.token_management_info import TokenManagementInfo
