"""User records as stored: plain properties, links by id, names, presence, when each changed.

User names are unique (case-insensitive) and well formed; ``valid_user_name`` finds a free
variant (``name2``, ``name3``...) of a taken one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["UserRecord", "UserRecords"]

Json = dict[str, Any]

_USER_NAME = re.compile(r"^[^\s/\\]{1,100}$")


@dataclass(slots=True)
class UserRecord:
    """One user as stored: plain properties apart, links by id."""

    plain: Json
    person_id: int | None = None
    role_id: int | None = None
    group_id: int | None = None
    other_group_ids: list[int] = field(default_factory=list)
    presence: Json = field(default_factory=lambda: {"Status": "StatusNormal", "Message": ""})

    @property
    def user_name(self) -> str:
        return str(self.plain.get("UserName") or "")

    @property
    def type(self) -> str:
        return str(self.plain.get("Type") or "InternalAssociate")


class UserRecords:
    """User records by id. Not thread-safe: ``SandboxState.lock`` guards it."""

    def __init__(self) -> None:
        self._records: dict[int, UserRecord] = {}
        self._modified: dict[int, datetime] = {}
        self._next_id = 1

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._records

    def __iter__(self) -> Iterator[int]:
        """The user ids, in order."""
        return iter(sorted(self._records))

    def get(self, user_id: int) -> UserRecord | None:
        return self._records.get(user_id)

    def new_id(self) -> int:
        user_id = self._next_id
        self._next_id += 1
        return user_id

    def put(self, user_id: int, record: UserRecord) -> None:
        """Store the record under ``user_id`` (``touch`` records a change)."""
        self._records[user_id] = record
        self._next_id = max(self._next_id, user_id + 1)

    def remove(self, user_id: int) -> bool:
        """False when there was no such user."""
        self._modified.pop(user_id, None)
        return self._records.pop(user_id, None) is not None

    def touch(self, user_id: int) -> None:
        self._modified[user_id] = datetime.now(UTC).replace(microsecond=0)

    def modified_at(self, user_id: int) -> datetime | None:
        return self._modified.get(user_id)

    def id_by_name(self, user_name: str) -> int | None:
        key = user_name.casefold()
        for user_id, record in self._records.items():
            if record.user_name.casefold() == key:
                return user_id
        return None

    def ids_of_person(self, person_id: int) -> list[int]:
        return [k for k in self if self._records[k].person_id == person_id]

    def name_taken(self, user_name: str, associate_id: int | None) -> bool:
        """Another user than ``associate_id`` has this name."""
        other = self.id_by_name(user_name)
        return other is not None and other != associate_id

    def is_user_name_valid(self, associate_id: int, user_name: str) -> bool:
        """A well-formed user name no other user has."""
        return bool(_USER_NAME.match(user_name)) and not self.name_taken(user_name, associate_id)

    def valid_user_name(self, associate_id: int, wanted: str) -> str:
        """``wanted`` when free, else the first free ``name2``, ``name3``..."""
        base = re.sub(r"[\s/\\]+", ".", wanted.strip()) or "user"
        local, at, domain = base.partition("@")
        candidate, n = base, 1
        while self.name_taken(candidate, associate_id):
            n += 1
            candidate = f"{local}{n}{at}{domain}"
        return candidate

    def is_nick_name_unique(self, associate_id: int, nick_name: str) -> bool:
        """No other user has this nick name (case-insensitive)."""
        key = nick_name.casefold()
        return not any(
            str(r.plain.get("NickName") or "").casefold() == key and k != associate_id
            for k, r in self._records.items()
        )

    def presence(self, user_id: int) -> Json | None:
        """The user's UserPresenceStatus; None when there is no such user."""
        record = self._records.get(user_id)
        return None if record is None else dict(record.presence)

    def set_presence(self, user_id: int, status: Json) -> Json | None:
        """Set the user's UserPresenceStatus; None when there is no such user."""
        record = self._records.get(user_id)
        if record is None:
            return None
        record.presence = {"Status": status.get("Status") or "StatusNormal",
                           "Message": status.get("Message") or ""}  # fmt: skip
        return dict(record.presence)
