from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.user_type import UserType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
)


class CreateDefaultUserFromUserTypeAndCredentialRequest(Carrier):
    """Creates a PersonEntity with default values based on the contactId and credentials.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        user_type (UserType | None):
        contact_id (int | None):
        credential_type (str | None):
        credential_value (str | None):
        credential_display_value (str | None):
    """

    user_type: UserType | None = None
    contact_id: int | None = None
    credential_type: str | None = None
    credential_value: str | None = None
    credential_display_value: str | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "user_type": "UserType",
        "contact_id": "ContactId",
        "credential_type": "CredentialType",
        "credential_value": "CredentialValue",
        "credential_display_value": "CredentialDisplayValue",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        user_type: UserType | None,
        contact_id: int | None,
        credential_type: str | None,
        credential_value: str | None,
        credential_display_value: str | None,
    ) -> None:
        d = self.__dict__
        d["user_type"] = user_type
        d["contact_id"] = contact_id
        d["credential_type"] = credential_type
        d["credential_value"] = credential_value
        d["credential_display_value"] = credential_display_value

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The JSON properties the spec does not name, as they were read or set."""
        found: dict[str, Any] | None = self.__dict__.get("_extra")
        if found is None:
            found = self.__dict__["_extra"] = {}
        return found

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self.__dict__["_extra"] = value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object (the wire form) of the properties that are set."""
        s = self.__dict__
        extra = s.get("_extra")
        field_dict: dict[str, Any] = dict(extra) if extra else {}
        v = s.get("user_type", NOT_SET)
        if v is not NOT_SET:
            field_dict["UserType"] = None if v is None else v
        if "contact_id" in s:
            field_dict["ContactId"] = s["contact_id"]
        if "credential_type" in s:
            field_dict["CredentialType"] = s["credential_type"]
        if "credential_value" in s:
            field_dict["CredentialValue"] = s["credential_value"]
        if "credential_display_value" in s:
            field_dict["CredentialDisplayValue"] = s["credential_display_value"]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
        v = g("UserType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = UserType(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"UserType: expected None | UserType, got {type(v).__name__}"
                    ) from error
            d["user_type"] = v
        else:
            raise TypeError("UserType: expected None | UserType, got nothing")

        v = g("ContactId", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (
                    type(v) is int or (isinstance(v, int) and not isinstance(v, bool))
                ):
                    raise TypeError(
                        f"ContactId: expected int | None, got {type(v).__name__}"
                    )
            d["contact_id"] = v
        else:
            raise TypeError("ContactId: expected int | None, got nothing")

        v = g("CredentialType", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"CredentialType: expected None | str, got {type(v).__name__}"
                    )
            d["credential_type"] = v
        else:
            raise TypeError("CredentialType: expected None | str, got nothing")

        v = g("CredentialValue", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"CredentialValue: expected None | str, got {type(v).__name__}"
                    )
            d["credential_value"] = v
        else:
            raise TypeError("CredentialValue: expected None | str, got nothing")

        v = g("CredentialDisplayValue", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"CredentialDisplayValue: expected None | str, got {type(v).__name__}"
                    )
            d["credential_display_value"] = v
        else:
            raise TypeError("CredentialDisplayValue: expected None | str, got nothing")

        if len(d) != len(src_dict):
            known = cls._FROM_WIRE
            found = {k: v for k, v in src_dict.items() if k not in known}
            if found:
                d["_extra"] = found
        self = object.__new__(cls)
        self.__dict__ = d
        return self

    def __getitem__(self, key: str) -> Any:
        """A value by its JSON name: a documented property that is set, or another key."""
        name = self._python_names().get(key)
        if name is not None and name in self.__dict__:
            return self.__dict__[name]  # type: ignore[no-any-return]
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``self[key]``, or ``default`` when the answer did not have ``key``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        name = self._python_names().get(key)
        return (
            name is not None and name in self.__dict__
        ) or key in self.additional_properties
