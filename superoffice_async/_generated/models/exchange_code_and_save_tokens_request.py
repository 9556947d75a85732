from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExchangeCodeAndSaveTokensRequest")


@_attrs_define
class ExchangeCodeAndSaveTokensRequest:
    """Exchanges an authorization code for tokens.

    Attributes:
        provider (None | str):
        authorization_code (None | str):
        nonce (None | str):
        pkce_verifier (None | str):
        redirect_uri (None | str):
    """

    provider: None | str
    authorization_code: None | str
    nonce: None | str
    pkce_verifier: None | str
    redirect_uri: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: None | str = self.provider

        authorization_code: None | str = self.authorization_code

        nonce: None | str = self.nonce

        pkce_verifier: None | str = self.pkce_verifier

        redirect_uri: None | str = self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Provider": provider,
                "AuthorizationCode": authorization_code,
                "Nonce": nonce,
                "PkceVerifier": pkce_verifier,
                "RedirectUri": redirect_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        provider = d.pop("Provider")
        if not (provider is None or (isinstance(provider, (str,)))):
            raise TypeError(
                f"Provider: expected None | str, got {type(provider).__name__}"
            )

        authorization_code = d.pop("AuthorizationCode")
        if not (authorization_code is None or (isinstance(authorization_code, (str,)))):
            raise TypeError(
                f"AuthorizationCode: expected None | str, got {type(authorization_code).__name__}"
            )

        nonce = d.pop("Nonce")
        if not (nonce is None or (isinstance(nonce, (str,)))):
            raise TypeError(f"Nonce: expected None | str, got {type(nonce).__name__}")

        pkce_verifier = d.pop("PkceVerifier")
        if not (pkce_verifier is None or (isinstance(pkce_verifier, (str,)))):
            raise TypeError(
                f"PkceVerifier: expected None | str, got {type(pkce_verifier).__name__}"
            )

        redirect_uri = d.pop("RedirectUri")
        if not (redirect_uri is None or (isinstance(redirect_uri, (str,)))):
            raise TypeError(
                f"RedirectUri: expected None | str, got {type(redirect_uri).__name__}"
            )

        exchange_code_and_save_tokens_request = cls(
            provider=provider,
            authorization_code=authorization_code,
            nonce=nonce,
            pkce_verifier=pkce_verifier,
            redirect_uri=redirect_uri,
        )

        exchange_code_and_save_tokens_request.additional_properties = d
        return exchange_code_and_save_tokens_request

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
