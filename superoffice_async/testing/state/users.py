"""The users family: User carriers read from and saved to the records and the linked families.

SuperOffice's semantics for what is saved, whatever operation saves it:

- A save REPLACES the whole user: a property the body leaves out becomes empty (PUT, the Agents
  Save*); ``patch`` changes only what its operations name. A save is checked whole first:
  nothing changes on a 400.
- Role, user group and person are links: an unknown id is refused (400); user names are unique
  (case-insensitive); a module license is assigned by ``Assigned: true`` in ``LicenseOwners``
  and refused when none is free or the user's type cannot hold it.
- Credentials keep a hash of their secret; a secret value is never answered.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..carriers import USER_FIELD_TYPES, blank_user, check_user_body, id_of, with_rights
from ..errors import BadInputError
from ..jsonpatch import apply_patch
from .credentials import Credentials, Secret
from .licenses import LicensePool
from .lookups import Lookups
from .persons import Persons
from .records import UserRecord, UserRecords

__all__ = ["Users"]

Json = dict[str, Any]

_LINKED = frozenset(
    {"AssociateId", "LicenseOwners", "Role", "UserGroup", "OtherGroups", "Person",
     "Credentials", "IsPersonRetired", "TableRight", "FieldProperties", "Lastlogin",
     "Lastlogout"}
)  # fmt: skip
"""User properties derived from the links (or set by the server alone)."""


@dataclass(slots=True)
class _Checked:
    """A checked User body, ready to be committed."""

    record: UserRecord
    person_changes: Json = field(default_factory=dict)
    secrets: dict[str, Secret] = field(default_factory=dict)
    modules: set[str] = field(default_factory=set)


class Users:
    """User carriers over the records, persons, credentials, licenses and lookups. Not
    thread-safe: ``SandboxState.lock`` guards it. Answers are copies."""

    def __init__(
        self,
        records: UserRecords,
        persons: Persons,
        credentials: Credentials,
        licenses: LicensePool,
        lookups: Lookups,
    ) -> None:
        self.records = records
        self.persons = persons
        self.credentials = credentials
        self.licenses = licenses
        self.lookups = lookups

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.records)

    def all(self) -> list[Json]:
        """Every user, by id."""
        return [self._render(k) for k in self.records]

    def get(self, user_id: int) -> Json | None:
        return self._render(user_id) if user_id in self.records else None

    def find_by_name(self, user_name: str) -> Json | None:
        found = self.records.id_by_name(user_name)
        return None if found is None else self._render(found)

    def of_person(self, person_id: int) -> list[Json]:
        """The users of this person."""
        return [self._render(k) for k in self.records.ids_of_person(person_id)]

    def _render(self, user_id: int) -> Json:
        record = self.records.get(user_id)
        assert record is not None
        user = {**blank_user(), **copy.deepcopy(record.plain)}
        user.update(
            AssociateId=user_id,
            LicenseOwners=self.licenses.owners(user_id),
            Role=self.lookups.role(record.role_id),
            UserGroup=self.lookups.group(record.group_id),
            OtherGroups=[self.lookups.group(i) for i in record.other_group_ids],
            Person=self.persons.get(record.person_id),
            IsPersonRetired=self.persons.is_retired(record.person_id),
            Credentials=[self._credential(s) for s in self.credentials.of(user_id)],
            TableRight=with_rights({})["TableRight"],
            FieldProperties={},
        )
        return {name: user[name] for name in USER_FIELD_TYPES}

    def _credential(self, secret: Secret) -> Json:
        """The Credential carrier of a stored secret: its value is never answered."""
        kind = self.lookups.credential_type(secret.type)
        return with_rights({"Type": kind, "Value": "", "DisplayValue": secret.display})

    # -- saving ----------------------------------------------------------------------------

    def seed(self, user: Json) -> None:
        """Take a full User carrier as it is (a seed holds licenses only while some are free)."""
        user_id = int(user["AssociateId"])
        person = user.get("Person")
        if isinstance(person, dict):
            self.persons.add(person)
        record = UserRecord(plain={k: v for k, v in user.items() if k not in _LINKED})
        record.plain["Lastlogin"] = user.get("Lastlogin")
        record.plain["Lastlogout"] = user.get("Lastlogout")
        record.person_id = id_of(person, "PersonId")
        record.role_id = id_of(user.get("Role"))
        record.group_id = id_of(user.get("UserGroup"))
        record.other_group_ids = [i for i in map(id_of, user.get("OtherGroups") or []) if i]
        self.records.put(user_id, record)
        self.credentials.replace(
            user_id,
            self.credentials.read(user.get("Credentials"), None, record.user_name, seed=True),
        )
        wanted = self.licenses.wanted_in(user.get("LicenseOwners"))
        wanted -= self.licenses.unfit(wanted, record.type)
        free = [m for m in wanted if self.licenses.free(m) > 0]
        self.licenses.assign(user_id, free, record.type)

    def create(self, body: Json) -> Json:
        """Save a new user under a fresh id (whatever AssociateId the body carries)."""
        checked = self._check(None, body)
        return self._commit(self.records.new_id(), checked)

    def replace(self, user_id: int, body: Json) -> Json | None:
        """Save the whole user: what the body leaves out becomes empty. None: no such user."""
        if user_id not in self.records:
            return None
        return self._commit(user_id, self._check(user_id, body))

    def patch(self, user_id: int, operations: list[Json]) -> Json | None:
        """Apply JSON Patch operations all or nothing; None when the user does not exist."""
        if user_id not in self.records:
            return None
        changed = apply_patch(self._render(user_id), operations)
        return self._commit(user_id, self._check(user_id, changed))

    def save_by_name(self, user_name: str, body: Json | None) -> Json | None:
        """Replace the user with this name, or create it; None when absent and no body."""
        found = self.records.id_by_name(user_name)
        if body is None:
            return None if found is None else self._render(found)
        named = {**body, "UserName": user_name}
        return self.create(named) if found is None else self.replace(found, named)

    def delete(self, user_id: int) -> bool:
        """Remove a user (its licenses freed, its credentials gone); False when there was none."""
        self.licenses.release(user_id)
        self.credentials.forget(user_id)
        return self.records.remove(user_id)

    def _commit(self, user_id: int, checked: _Checked) -> Json:
        record = checked.record
        if record.person_id == 0:
            record.person_id = self.persons.create()
        if record.person_id and checked.person_changes:
            self.persons.update(record.person_id, checked.person_changes)
        self.records.put(user_id, record)
        self.records.touch(user_id)
        self.credentials.replace(user_id, checked.secrets)
        self.licenses.assign(user_id, checked.modules, record.type)
        return self._render(user_id)

    def _check(self, user_id: int | None, raw: Json) -> _Checked:
        """Check a whole User body and turn it into what is stored; nothing changes on a 400."""
        body = check_user_body(copy.deepcopy(raw))
        old = self.records.get(user_id) if user_id is not None else None
        blank = blank_user()
        plain = {
            name: blank[name] if body.get(name) is None else body[name]
            for name in USER_FIELD_TYPES
            if name not in _LINKED
        }
        plain["Lastlogin"] = old.plain.get("Lastlogin") if old else None
        plain["Lastlogout"] = old.plain.get("Lastlogout") if old else None
        record = UserRecord(plain=plain)
        if record.user_name and self.records.name_taken(record.user_name, user_id):
            raise BadInputError(f"The user name {record.user_name!r} is already in use")
        record.role_id = self.lookups.role_link(body.get("Role"))
        kept = {old.group_id} if old and old.group_id else set()
        record.group_id = self.lookups.group_link(body.get("UserGroup"), "UserGroup", kept)
        others = body.get("OtherGroups") or []
        if not isinstance(others, list):
            raise BadInputError("User.OtherGroups must be a list of UserGroup carriers")
        kept = set(old.other_group_ids) if old else set()
        record.other_group_ids = [
            group_id
            for group in others
            if (group_id := self.lookups.group_link(group, "OtherGroups", kept))
        ]
        record.person_id, person_changes = self.persons.link(body.get("Person"))
        if old is not None:
            record.presence = old.presence
        secrets = self.credentials.read(body.get("Credentials"), user_id, record.user_name)
        wanted = self.licenses.wanted_in(body.get("LicenseOwners"))
        modules = self.licenses.check(user_id or 0, wanted, record.type)
        return _Checked(record, person_changes, secrets, modules)
