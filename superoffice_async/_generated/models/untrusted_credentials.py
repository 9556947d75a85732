from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UntrustedCredentials")


@_attrs_define
class UntrustedCredentials:
    """Credentials for external authentication.

    Attributes:
        valid_from (datetime.datetime | None | Unset): Credentials are valid from this date.
        valid_to (datetime.datetime | None | Unset): Credentials are valid to this date.
        comment (None | str | Unset): Description of credentials. Max 255 characters.
        secret_value (None | str | Unset): Data stored encrypted in the db. Typically a password. Max 70 characters.
        public_value (None | str | Unset): Data stored unencrypted in the db. Typically server and or username. Max 238
            characters.
        is_active (bool | None | Unset): Is this credentials currently active.
        table_right (None | TableRight | Unset):
        field_properties (FieldProperties | None | Unset):
    """

    valid_from: datetime.datetime | None | Unset = UNSET
    valid_to: datetime.datetime | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    secret_value: None | str | Unset = UNSET
    public_value: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    table_right: None | TableRight | Unset = UNSET
    field_properties: FieldProperties | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.datetime):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_to: None | str | Unset
        if isinstance(self.valid_to, Unset):
            valid_to = UNSET
        elif isinstance(self.valid_to, datetime.datetime):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        comment: None | str | Unset = self.comment

        secret_value: None | str | Unset = self.secret_value

        public_value: None | str | Unset = self.public_value

        is_active: bool | None | Unset = self.is_active

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
        if valid_from is not UNSET:
            field_dict["ValidFrom"] = valid_from
        if valid_to is not UNSET:
            field_dict["ValidTo"] = valid_to
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if secret_value is not UNSET:
            field_dict["SecretValue"] = secret_value
        if public_value is not UNSET:
            field_dict["PublicValue"] = public_value
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if table_right is not UNSET:
            field_dict["TableRight"] = table_right
        if field_properties is not UNSET:
            field_dict["FieldProperties"] = field_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        valid_from = d.pop("ValidFrom", UNSET)
        if valid_from is not None and valid_from is not UNSET:
            try:
                if not isinstance(valid_from, str):
                    raise TypeError()
                valid_from_type_0 = datetime.datetime.fromisoformat(valid_from)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ValidFrom: expected datetime.datetime | None, got {type(valid_from).__name__}"
                ) from error
            valid_from = valid_from_type_0

        valid_to = d.pop("ValidTo", UNSET)
        if valid_to is not None and valid_to is not UNSET:
            try:
                if not isinstance(valid_to, str):
                    raise TypeError()
                valid_to_type_0 = datetime.datetime.fromisoformat(valid_to)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"ValidTo: expected datetime.datetime | None, got {type(valid_to).__name__}"
                ) from error
            valid_to = valid_to_type_0

        comment = d.pop("Comment", UNSET)
        if not (comment is None or comment is UNSET or (isinstance(comment, (str,)))):
            raise TypeError(
                f"Comment: expected None | str, got {type(comment).__name__}"
            )

        secret_value = d.pop("SecretValue", UNSET)
        if not (
            secret_value is None
            or secret_value is UNSET
            or (isinstance(secret_value, (str,)))
        ):
            raise TypeError(
                f"SecretValue: expected None | str, got {type(secret_value).__name__}"
            )

        public_value = d.pop("PublicValue", UNSET)
        if not (
            public_value is None
            or public_value is UNSET
            or (isinstance(public_value, (str,)))
        ):
            raise TypeError(
                f"PublicValue: expected None | str, got {type(public_value).__name__}"
            )

        is_active = d.pop("IsActive", UNSET)
        if not (
            is_active is None or is_active is UNSET or (isinstance(is_active, (bool,)))
        ):
            raise TypeError(
                f"IsActive: expected bool | None, got {type(is_active).__name__}"
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

        untrusted_credentials = cls(
            valid_from=valid_from,
            valid_to=valid_to,
            comment=comment,
            secret_value=secret_value,
            public_value=public_value,
            is_active=is_active,
            table_right=table_right,
            field_properties=field_properties,
        )

        untrusted_credentials.additional_properties = d
        return untrusted_credentials

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
