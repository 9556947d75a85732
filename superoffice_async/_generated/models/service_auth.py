from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceAuth")


@_attrs_define
class ServiceAuth:
    """Properties for service authentication

    Attributes:
        service_auth_id (int | None | Unset): The primary key
        server (None | str | Unset): The mail server
        port (int | None | Unset): The server port
        auth_type (None | str | Unset): The type of authentication, plain-text, OAuth...
        username (None | str | Unset): The username
        password (None | str | Unset): The (decrypted) password or token
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    service_auth_id: int | None | Unset = UNSET
    server: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    auth_type: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_auth_id: int | None | Unset = self.service_auth_id

        server: None | str | Unset = self.server

        port: int | None | Unset = self.port

        auth_type: None | str | Unset = self.auth_type

        username: None | str | Unset = self.username

        password: None | str | Unset = self.password

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
        if service_auth_id is not UNSET:
            field_dict["ServiceAuthId"] = service_auth_id
        if server is not UNSET:
            field_dict["Server"] = server
        if port is not UNSET:
            field_dict["Port"] = port
        if auth_type is not UNSET:
            field_dict["AuthType"] = auth_type
        if username is not UNSET:
            field_dict["Username"] = username
        if password is not UNSET:
            field_dict["Password"] = password
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_auth_id = d.pop("ServiceAuthId", UNSET)
        if not (
            service_auth_id is None
            or service_auth_id is UNSET
            or (
                isinstance(service_auth_id, (int,))
                and not isinstance(service_auth_id, bool)
            )
        ):
            raise TypeError(
                f"ServiceAuthId: expected int | None, got {type(service_auth_id).__name__}"
            )

        server = d.pop("Server", UNSET)
        if not (server is None or server is UNSET or (isinstance(server, (str,)))):
            raise TypeError(f"Server: expected None | str, got {type(server).__name__}")

        port = d.pop("Port", UNSET)
        if not (
            port is None
            or port is UNSET
            or (isinstance(port, (int,)) and not isinstance(port, bool))
        ):
            raise TypeError(f"Port: expected int | None, got {type(port).__name__}")

        auth_type = d.pop("AuthType", UNSET)
        if not (
            auth_type is None or auth_type is UNSET or (isinstance(auth_type, (str,)))
        ):
            raise TypeError(
                f"AuthType: expected None | str, got {type(auth_type).__name__}"
            )

        username = d.pop("Username", UNSET)
        if not (
            username is None or username is UNSET or (isinstance(username, (str,)))
        ):
            raise TypeError(
                f"Username: expected None | str, got {type(username).__name__}"
            )

        password = d.pop("Password", UNSET)
        if not (
            password is None or password is UNSET or (isinstance(password, (str,)))
        ):
            raise TypeError(
                f"Password: expected None | str, got {type(password).__name__}"
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

        service_auth = cls(
            service_auth_id=service_auth_id,
            server=server,
            port=port,
            auth_type=auth_type,
            username=username,
            password=password,
            table_right=table_right,
            field_properties=field_properties,
        )

        service_auth.additional_properties = d
        return service_auth

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
