"""The persons a user can be linked to: new employees without a user, and those of the users."""

from __future__ import annotations

import copy
from typing import Any

from ..carriers import id_of
from ..data import make_person
from ..errors import BadInputError

__all__ = ["Persons"]

Json = dict[str, Any]

_SERVER_SET = frozenset({"PersonId", "TableRight", "FieldProperties"})
"""Person properties a saved User's Person cannot change."""


class Persons:
    """Person carriers by id. Not thread-safe: ``SandboxState.lock`` guards it."""

    def __init__(self) -> None:
        self._persons: dict[int, Json] = {}
        self._next_id = 1

    @property
    def next_id(self) -> int:
        """The id the next new person gets."""
        return self._next_id

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._persons

    def add(self, person: Json) -> None:
        """Keep this Person carrier under its PersonId."""
        person_id = int(person["PersonId"])
        self._persons[person_id] = person
        self._next_id = max(self._next_id, person_id + 1)

    def get(self, person_id: int | None) -> Json | None:
        """A copy of the person, or None."""
        person = self._persons.get(person_id) if person_id else None
        return copy.deepcopy(person)

    def email(self, person_id: int) -> str:
        """The person's e-mail address ('' when there is no such person)."""
        person = self._persons.get(person_id)
        return str(person.get("Email") or "") if person else ""

    def is_retired(self, person_id: int | None) -> bool:
        person = self._persons.get(person_id) if person_id else None
        return bool(person and person.get("Retired"))

    def create(self) -> int:
        """A new, empty person; its id."""
        person_id = self._next_id
        self.add(make_person(person_id, "", "", "", ""))
        return person_id

    def update(self, person_id: int, changes: Json) -> None:
        """Save what a User's Person carried (its server-set properties aside)."""
        self._persons[person_id].update(changes)

    def retire(self, person_id: int | None, retired: bool) -> None:
        """Mark the person retired (or not); no person: nothing to do."""
        person = self._persons.get(person_id) if person_id else None
        if person is not None:
            person["Retired"] = 1 if retired else 0

    def link(self, person: object) -> tuple[int | None, Json]:
        """The person id a saved Person links to (None: no person; 0: a new one) and the
        properties it carries (not null) to save with the user; 400 on an unknown id."""
        if person is None:
            return None, {}
        if not isinstance(person, dict):
            raise BadInputError("User.Person must be an object")
        person_id = id_of(person, "PersonId") or 0
        if person_id and person_id not in self._persons:
            raise BadInputError(f"User.Person: there is no person with id {person_id}")
        changes = {k: v for k, v in person.items() if v is not None and k not in _SERVER_SET}
        return person_id, changes
