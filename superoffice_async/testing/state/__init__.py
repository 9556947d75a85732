"""The sandbox's state: one container of its families, seeded the same way on every start.

The families: users, persons, credentials, licenses, lookups, commands.

Each family is a module of ``state/`` with one job; ``Users`` reads and saves User carriers
across the others, and ``provisioning`` holds what a provisioning job does besides saving. The
families are not thread-safe: the sandbox holds ``lock`` while a handler runs, and a test that
changes the state while requests run holds it too.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable
from typing import Any

from ..data import MODULES, seed_persons, seed_users
from .commands import Commands
from .credentials import Credentials, PasswordPolicy
from .licenses import LicensePool, Module
from .lookups import Lookups
from .persons import Persons
from .records import UserRecords
from .users import Users

__all__ = ["PasswordPolicy", "SandboxState"]

Json = dict[str, Any]


class SandboxState:
    """The families of one sandbox, seeded with ``users`` (300 by default) and ``persons``
    (20 without a user by default); ``modules`` are the module licenses."""

    def __init__(
        self,
        users: list[Json] | None = None,
        *,
        persons: list[Json] | None = None,
        modules: Iterable[Module] | None = None,
        password_policy: PasswordPolicy | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.persons = Persons()
        self.credentials = Credentials(password_policy)
        self.licenses = LicensePool(modules or (m for m, _ in MODULES))
        self.lookups = Lookups()
        self.commands = Commands()
        self.records = UserRecords()
        self.users = Users(self.records, self.persons, self.credentials, self.licenses,
                           self.lookups)  # fmt: skip
        self.ignored: set[str] = set()
        """Property paths (``Person/Title``) that POST and PATCH User silently drop, as a real
        tenant may: a switch for tests of a client that checks what was saved."""
        for user in seed_users() if users is None else users:
            self.users.seed(copy.deepcopy(user))
        first_person = self.persons.next_id
        for person in seed_persons(first_id=first_person) if persons is None else persons:
            self.persons.add(copy.deepcopy(person))

    def __len__(self) -> int:
        """How many users there are."""
        return len(self.records)
