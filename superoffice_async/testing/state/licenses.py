"""Module licenses: how many each module has, who holds them, and the LicenseOwners carrier.

A module's ``InUse`` is the number of users holding it and ``Free`` is ``Total - InUse``; an
assignment beyond ``Total`` is refused, and so is one to a user type the module is not for.
Counters are computed from the holders, so they always agree with what the users carry.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..carriers import with_rights
from ..errors import BadInputError

__all__ = ["INTERNAL_ONLY", "LicensePool", "Module", "archive_column"]

Json = dict[str, Any]

INTERNAL_ONLY = frozenset({"InternalAssociate"})


@dataclass(frozen=True, slots=True)
class Module:
    """One module license of one license owner."""

    module_id: int
    owner: str
    name: str
    description: str
    total: int
    user_types: frozenset[str] = INTERNAL_ONLY
    """The user types that can hold it: a user plan is for employees (docs/sandbox-guesses.md)."""


def archive_column(module: Module) -> str:
    """The AllUsers archive's column of a module: ``superoffice_ten-sales``."""
    return f"{module.owner.casefold()}_{module.name}"


class LicensePool:
    """The modules and their holders (user ids). Not thread-safe: the state's lock guards it."""

    def __init__(self, modules: Iterable[Module]) -> None:
        self.modules: dict[str, Module] = {m.name.casefold(): m for m in modules}
        self._holders: dict[str, set[int]] = {key: set() for key in self.modules}

    def module(self, name: str) -> Module:
        """The module of this name (case-insensitive); 400 when there is none."""
        found = self.modules.get(name.casefold())
        if found is None:
            raise BadInputError(f"There is no module license named {name!r}")
        return found

    def in_use(self, name: str) -> int:
        return len(self._holders[self.module(name).name.casefold()])

    def free(self, name: str) -> int:
        return self.module(name).total - self.in_use(name)

    def held_by(self, user_id: int) -> set[str]:
        """The names of the modules this user holds."""
        return {self.modules[k].name for k, users in self._holders.items() if user_id in users}

    def check(self, user_id: int, wanted: Iterable[str], user_type: str) -> set[str]:
        """The module names ``user_id`` (of ``user_type``) would hold; 400 on an unknown or
        exhausted module, or one its user type cannot hold."""
        keys = {self.module(name).name.casefold() for name in wanted}
        for key in sorted(keys):
            module, holders = self.modules[key], self._holders[key]
            if user_type not in module.user_types:
                raise BadInputError(
                    f"Module {module.name!r} cannot be assigned to a user of type {user_type}"
                )
            if user_id not in holders and len(holders) >= module.total:
                raise BadInputError(
                    f"No free licenses of module {module.name!r}: all {module.total} are in use"
                )
        return {self.modules[k].name for k in keys}

    def assign(self, user_id: int, wanted: Iterable[str], user_type: str) -> None:
        """Make ``user_id`` hold exactly ``wanted`` (checked first; nothing changes on a 400)."""
        keys = {name.casefold() for name in self.check(user_id, wanted, user_type)}
        for key, holders in self._holders.items():
            if key in keys:
                holders.add(user_id)
            else:
                holders.discard(user_id)

    def release(self, user_id: int) -> None:
        """``user_id`` holds no module any more."""
        for holders in self._holders.values():
            holders.discard(user_id)

    def unfit(self, names: Iterable[str], user_type: str) -> set[str]:
        """The modules of ``names`` that a user of ``user_type`` cannot hold."""
        return {n for n in names if user_type not in self.module(n).user_types}

    def owners(self, user_id: int | None) -> list[Json]:
        """The LicenseOwners carrier list: every module, assigned or not, with its counters."""
        by_owner: dict[str, list[Json]] = {}
        for key, module in self.modules.items():
            holders = self._holders[key]
            link = {
                "ModuleLicenseId": module.module_id,
                "Name": module.name,
                "Description": module.description,
                "Tooltip": module.description,
                "Assigned": user_id is not None and user_id in holders,
                "CanAssign": True,
                "Unrestricted": False,
                "IsHidden": False,
                "ExtraFlags": 0,
                "Free": module.total - len(holders),
                "InUse": len(holders),
                "Total": module.total,
                "PrerequisiteModuleName": "",
                "SortOrder": module.module_id,
            }
            by_owner.setdefault(module.owner, []).append(with_rights(link))
        return [
            with_rights(
                {
                    "Name": owner,
                    "Description": f"{owner} module licenses",
                    "RestrictedModuleLicenses": links,
                    "UnrestrictedModuleLicenses": [],
                }
            )
            for owner, links in by_owner.items()
        ]

    def wanted_in(self, license_owners: object) -> set[str]:
        """The module names a saved LicenseOwners list marks ``Assigned``."""
        wanted: set[str] = set()
        if not isinstance(license_owners, list):
            return wanted
        for owner in license_owners:
            if not isinstance(owner, dict):
                raise BadInputError("User.LicenseOwners must hold LicenseOwner carriers")
            for kind in ("RestrictedModuleLicenses", "UnrestrictedModuleLicenses"):
                for link in owner.get(kind) or []:
                    if not isinstance(link, dict):
                        raise BadInputError(f"LicenseOwner.{kind} must hold ModuleLicenseLinks")
                    if link.get("Assigned") is True:
                        name = link.get("Name")
                        if not isinstance(name, str):
                            raise BadInputError("An assigned module license needs its Name")
                        wanted.add(name)
        return wanted

    def snapshot(self) -> dict[str, set[int]]:
        """Holders by module name (a copy)."""
        return {self.modules[k].name: copy.copy(v) for k, v in self._holders.items()}
