"""The port between the sync engine and where users live: ``Directory``.

The engine plans and applies against this protocol only. ``ClientDirectory``
(``superoffice_async.sync.client_directory``) implements it over a ``SuperOfficeClient``; tests
use an in-memory one. Every write a directory makes must touch only the fields it is told to
(a PATCH of the owned fields, never a whole-entity PUT/Save that would blank the rest).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = [
    "CurrentUser",
    "DesiredUser",
    "Directory",
    "FieldChange",
    "Lookups",
    "Ref",
    "Written",
]


@dataclass(frozen=True, slots=True)
class Ref:
    """A list item (user group, role) by id and name."""

    id: int
    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Lookups:
    """What names resolve to: user groups and roles by name, the license modules there are, the
    user-defined fields, and (after the users are read) the user names already taken."""

    groups: Mapping[str, Ref] = field(default_factory=dict)
    """By case-folded name."""
    roles: Mapping[str, Ref] = field(default_factory=dict)
    """By case-folded name."""
    license_modules: frozenset[str] = frozenset()
    custom_fields: frozenset[str] | None = None
    """The user-defined/extra field names a user has; None when the directory cannot tell."""
    user_names: Mapping[str, int] = field(default_factory=dict)
    """Every user's user name (case-folded) -> its id, in scope or not."""
    refused_names: frozenset[str] = frozenset()
    """Case-folded user names SuperOffice's own check (``IsUserNameValid``) refused."""

    @classmethod
    def of(
        cls,
        groups: Sequence[Ref] = (),
        roles: Sequence[Ref] = (),
        license_modules: Sequence[str] = (),
    ) -> Lookups:
        return cls(
            {g.name.casefold(): g for g in groups},
            {r.name.casefold(): r for r in roles},
            frozenset(license_modules),
        )


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """A user as it is now, limited to what the sync owns."""

    user_id: int
    key: str
    values: Mapping[str, Any]
    """Owned properties by path (``Person/Firstname``), the key property included."""
    group: Ref | None = None
    role: Ref | None = None
    licenses: Mapping[str, bool] = field(default_factory=dict)
    """Module name -> assigned, for the modules the user has a slot for."""
    retired: bool = False
    read: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    """The User JSON as read (narrowed to what the sync owns), when the directory keeps it:
    what an update's ``test`` guards hold the user to (``ClientDirectory`` needs it)."""


@dataclass(frozen=True, slots=True)
class DesiredUser:
    """A user as the source wants it, with names already looked up."""

    key: str
    values: Mapping[str, Any]
    group: Ref | None = None
    role: Ref | None = None
    licenses: Mapping[str, bool] | None = None


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One owned field that differs: ``Person/Firstname``, ``UserGroup``, ``Role``,
    ``License/<module>`` or ``Retired``."""

    field: str
    before: Any
    after: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "before": _plain(self.before), "after": _plain(self.after)}


def _plain(value: Any) -> Any:
    return value.name if isinstance(value, Ref) else value


@dataclass(frozen=True, slots=True)
class Written:
    """What a create or update did: the user's id, and the owned fields the answer shows were
    not saved as sent (the server ignored, dropped or normalised them)."""

    user_id: int
    not_applied: tuple[str, ...] = ()


Progress = Callable[[int, int | None], None]
"""Called with (done, total) while users are read; total is None until known."""


class Directory(Protocol):
    """Where the users live. Reads are free; each write changes only what it names."""

    async def lookups(self) -> Lookups:
        """User groups, roles and license modules, for looking names up."""
        ...

    async def read(self, progress: Progress | None = None) -> list[CurrentUser]:
        """The users in scope (key property set; in the ``[leavers] groups`` when named), with
        the owned fields."""
        ...

    async def read_users(self, user_ids: Sequence[int]) -> list[CurrentUser]:
        """These users with the owned fields, key set or not (candidates for adoption)."""
        ...

    async def user_names(self) -> Mapping[str, int]:
        """Every user's user name (case-folded) -> id, in scope or not (after ``read``)."""
        ...

    async def refused_user_names(self, names: Sequence[str]) -> frozenset[str]:
        """The case-folded names among ``names`` that SuperOffice would refuse."""
        ...

    async def create(self, user: DesiredUser) -> Written:
        """Create a user with the owned fields."""
        ...

    async def update(
        self, current: CurrentUser, desired: DesiredUser, changes: Sequence[FieldChange]
    ) -> Written:
        """Change exactly the fields in ``changes`` (``Retired`` false un-retires); raise
        ``ConflictError`` when one of them no longer holds the value ``current`` shows (someone
        changed it since the read): nothing is overwritten then."""
        ...

    async def retire(self, current: CurrentUser) -> None:
        """Remove the user's licenses and mark it retired."""
        ...

    async def delete(self, current: CurrentUser) -> None:
        """Delete the user."""
        ...
