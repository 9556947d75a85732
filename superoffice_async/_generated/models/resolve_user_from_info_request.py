from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..models.user_type import UserType
from ..types import (
    NOT_SET,
    PARSE_ERRORS,
    Carrier,
    as_list,
    as_str,
)


class ResolveUserFromInfoRequest(Carrier):
    """Get a user from the provided information. If the user or associated person does not exist,
    it will be created on demand.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        contact_id (int | None):
        person_name (str | None):
        phone_numbers (list[str] | None):
        emails (list[str] | None):
        user_type (UserType | None):
        credential (Credential | None):
    """

    contact_id: int | None = None
    person_name: str | None = None
    phone_numbers: list[str] | None = None
    emails: list[str] | None = None
    user_type: UserType | None = None
    credential: Credential | None = None

    _WIRE: ClassVar[dict[str, str]] = {
        "contact_id": "ContactId",
        "person_name": "PersonName",
        "phone_numbers": "PhoneNumbers",
        "emails": "Emails",
        "user_type": "UserType",
        "credential": "Credential",
    }
    _FROM_WIRE: ClassVar[frozenset[str]] = frozenset(_WIRE.values())

    def __init__(
        self,
        contact_id: int | None,
        person_name: str | None,
        phone_numbers: list[str] | None,
        emails: list[str] | None,
        user_type: UserType | None,
        credential: Credential | None,
    ) -> None:
        d = self.__dict__
        d["contact_id"] = contact_id
        d["person_name"] = person_name
        d["phone_numbers"] = phone_numbers
        d["emails"] = emails
        d["user_type"] = user_type
        d["credential"] = credential

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
        if "contact_id" in s:
            field_dict["ContactId"] = s["contact_id"]
        if "person_name" in s:
            field_dict["PersonName"] = s["person_name"]
        v = s.get("phone_numbers", NOT_SET)
        if v is not NOT_SET:
            field_dict["PhoneNumbers"] = None if v is None else list(v)
        v = s.get("emails", NOT_SET)
        if v is not NOT_SET:
            field_dict["Emails"] = None if v is None else list(v)
        v = s.get("user_type", NOT_SET)
        if v is not NOT_SET:
            field_dict["UserType"] = None if v is None else v
        v = s.get("credential", NOT_SET)
        if v is not NOT_SET:
            field_dict["Credential"] = None if v is None else v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON object ``src_dict``; a value of the wrong type raises TypeError."""
        d: dict[str, Any] = {}
        g = src_dict.get
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

        v = g("PersonName", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                if not (type(v) is str or isinstance(v, str)):
                    raise TypeError(
                        f"PersonName: expected None | str, got {type(v).__name__}"
                    )
            d["person_name"] = v
        else:
            raise TypeError("PersonName: expected None | str, got nothing")

        v = g("PhoneNumbers", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [as_str(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"PhoneNumbers: expected list[str] | None, got {type(v).__name__}"
                    ) from error
            d["phone_numbers"] = v
        else:
            raise TypeError("PhoneNumbers: expected list[str] | None, got nothing")

        v = g("Emails", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = [as_str(_i0) for _i0 in as_list(v)]
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Emails: expected list[str] | None, got {type(v).__name__}"
                    ) from error
            d["emails"] = v
        else:
            raise TypeError("Emails: expected list[str] | None, got nothing")

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

        v = g("Credential", NOT_SET)
        if v is not NOT_SET:
            if v is not None:
                try:
                    v = Credential.from_dict(v)
                except PARSE_ERRORS as error:
                    raise TypeError(
                        f"Credential: expected Credential | None, got {type(v).__name__}"
                    ) from error
            d["credential"] = v
        else:
            raise TypeError("Credential: expected Credential | None, got nothing")

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


from ..models.credential import Credential
