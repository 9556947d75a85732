"""``ClientDirectory``: the sync's ``Directory`` over a ``SuperOfficeClient``.

Reads: one AllUsers archive listing (id, user name, user group: every user name is known and
the users in scope are found without reading them), then ``GET User/{id}`` with a ``$select``
of the owned fields for each user in scope only (bounded concurrency); Agents
``GetAllUserGroups`` / ``GetAllRoles`` and the default user (Agents ``CreateDefaultUser``:
license modules, user-defined fields) for the lookups; Agents ``IsUserNameValid`` for each new user
name. Each create and PATCH is checked against the saved user it answers with: an owned field
not saved as sent is reported "not applied". Writes, each touching only what it names:

- create: ``POST User`` with the default user filled with the owned fields;
- update: ``PATCH User/{id}`` of the changed owned fields, built by ``write_safety.diff_patch``
  from the user as read (``CurrentUser.read``) and as wanted: each change guarded by a ``test``
  of its value as read (a license slot also by its module's name), so a field someone changed
  since the read makes the server refuse the patch (409, ``ConflictError``) instead of being
  overwritten, and by a ``test`` of the key (still the user the row was matched to); after
  Agents ``MakeRetired`` (Retired=false) to re-hire;
- retire: Agents ``MakeRetired`` (Retired=true), which removes every license, retires the
  person and marks the user deleted in one request (a separate ``RemoveLicenses`` first would
  cost a request and, if the second failed, leave an unlicensed user that is not retired);
- delete: ``DELETE User/{id}``.

Never a PUT or SaveUser of a partial carrier, which would blank what the sync does not own.
An Agents ``200 null`` where an answer is due is a ``NotFoundAnswerError``, never a success.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import NotFoundError
from ..write_safety import diff_patch, user_json
from .directory import CurrentUser, DesiredUser, FieldChange, Lookups, Progress, Ref, Written
from .errors import NotFoundAnswerError, SyncError
from .mapping import SyncMapping
from .plan import _creation, _same

if TYPE_CHECKING:
    from ..client import SuperOfficeClient

__all__ = ["ClientDirectory"]

T = TypeVar("T")
_LICENSE_LISTS = ("RestrictedModuleLicenses", "UnrestrictedModuleLicenses")
_MAPS = ("CustomFields", "ExtraFields")


class ClientDirectory:
    """The users of one SuperOffice site, as the sync sees them (see the module docstring)."""

    def __init__(
        self,
        client: SuperOfficeClient,
        mapping: SyncMapping,
        *,
        concurrency: int = 16,
        user_type: str = "InternalAssociate",
    ) -> None:
        self._client = client
        self._mapping = mapping
        self._concurrency = concurrency
        self._user_type = user_type
        self._template: dict[str, Any] | None = None
        self._template_lock = asyncio.Lock()
        self._names: dict[str, int] = {}

    # -- reads --------------------------------------------------------------------------------

    async def lookups(self) -> Lookups:
        groups: list[Ref] = []
        roles: list[Ref] = []
        modules: list[str] = []
        agent = self._client.user_agent
        mapping = self._mapping
        if mapping.user_group is not None or mapping.scope_groups:
            answer = _answered(await agent.get_all_user_groups(False), "GetAllUserGroups")
            groups = [_ref(g.to_dict(), "Value") for g in answer if not g.to_dict().get("Deleted")]
        if mapping.role is not None:
            found = _answered(await agent.get_all_roles("Employee"), "GetAllRoles")
            roles = [_ref(r.to_dict(), "Name") for r in found if not r.to_dict().get("Deleted")]
        custom: frozenset[str] | None = None
        if mapping.licenses is not None or any(
            p.startswith("CustomFields/") for p in mapping.value_paths
        ):
            default = await self._default_user()
            if mapping.licenses is not None:
                modules = sorted(_licenses(default))
            defined = default.get("CustomFields")
            if isinstance(defined, dict) and defined:  # a tenant's default user lists them
                custom = frozenset(defined)
        return dataclasses.replace(Lookups.of(groups, roles, modules), custom_fields=custom)

    async def read(self, progress: Progress | None = None) -> list[CurrentUser]:
        """One AllUsers listing (id, user name, group: every user name known, the scope
        found), then one ``$select``-narrowed read per user in scope."""
        groups = {g.casefold() for g in self._mapping.scope_groups}
        names: dict[str, int] = {}
        ids: list[int] = []
        async for row in self._client.users.list(
            select="associateDbId,userName,usergroup", page_size=1000
        ):
            user_id = int(row["associateDbId"])
            name = str(row["userName"] or "")
            if name:
                names[name.casefold()] = user_id
            if not groups or str(row["usergroup"] or "").casefold() in groups:
                ids.append(user_id)
        self._names = names
        return await self._read_each(ids, progress, keyless=False)

    async def read_users(self, user_ids: Sequence[int]) -> list[CurrentUser]:
        return await self._read_each(list(user_ids), None, keyless=True)

    async def user_names(self) -> Mapping[str, int]:
        return dict(self._names)

    async def refused_user_names(self, names: Sequence[str]) -> frozenset[str]:
        """Agents ``IsUserNameValid`` for each name (bounded concurrency)."""
        agent = self._client.user_agent
        refused: set[str] = set()

        async def check(name: str) -> None:
            if not await agent.is_user_name_valid(0, self._user_type, 0, name):
                refused.add(name.casefold())

        await _each(list(names), check, self._concurrency)
        return frozenset(refused)

    async def _read_each(
        self, ids: list[int], progress: Progress | None, *, keyless: bool
    ) -> list[CurrentUser]:
        if progress is not None:
            progress(0, len(ids))
        select = self._select()
        users: list[CurrentUser] = []
        done = 0

        async def read_one(user_id: int) -> None:
            nonlocal done
            try:
                data = user_json(await self._client.users.get(user_id, select=select))
            except NotFoundError:
                data = None  # deleted since the list was read
            user = None if data is None else self._current(user_id, data, keyless=keyless)
            if user is not None:
                users.append(user)
            done += 1
            if progress is not None:
                progress(done, len(ids))

        await _each(ids, read_one, self._concurrency)
        users.sort(key=lambda u: u.user_id)
        return users

    def _select(self) -> list[str]:
        mapping = self._mapping
        fields = {"AssociateId", "Deleted"}
        fields.update(path.split("/")[0] if path.split("/")[0] in _MAPS else path
                      for path in mapping.value_paths)  # fmt: skip
        if mapping.user_group is not None or mapping.scope_groups:
            fields.add("UserGroup")
        if mapping.role is not None:
            fields.add("Role")
        if mapping.licenses is not None:
            fields.add("LicenseOwners")
        return sorted(fields)

    def _current(
        self, user_id: int, data: dict[str, Any], *, keyless: bool = False
    ) -> CurrentUser | None:
        mapping = self._mapping
        key = _get(data, mapping.key_property)
        if (key is None or not str(key).strip()) and not keyless:
            return None  # not in scope: the key is not set
        values = {path: _get(data, path) for path in mapping.value_paths}
        return CurrentUser(
            user_id=user_id,
            key=str(key or "").strip(),
            values=values,
            group=_optional_ref(data.get("UserGroup"), "Value"),
            role=_optional_ref(data.get("Role"), "Value"),
            licenses=_licenses(data) if mapping.licenses is not None else {},
            retired=bool(data.get("Deleted")),
            read=data,
        )

    async def _default_user(self) -> dict[str, Any]:
        async with self._template_lock:
            if self._template is None:
                # Not GET User/Default: for any type but System and Anonymous it needs an
                # existing person (its reference page), and a new employee's person is made
                # by the create. CreateDefaultUser has no such rule; the type is set here.
                user = await self._client.user_agent.create_default_user()
                self._template = {**user.to_dict(), "Type": self._user_type}
            return self._template

    # -- writes -------------------------------------------------------------------------------

    async def create(self, user: DesiredUser) -> Written:
        from ..models import User

        body = copy.deepcopy(await self._default_user())
        body.pop("AssociateId", None)
        refs = [("UserGroup", user.group), ("Role", user.role)]  # None: the default's
        licenses = [(f"License/{module}", on) for module, on in (user.licenses or {}).items()]
        _set_fields(body, [*user.values.items(), *refs, *licenses], "the new user")
        created = await self._client.users.create(User.from_dict(body))
        user_id = getattr(created, "associate_id", None)
        if not isinstance(user_id, int) or user_id <= 0:
            raise NotFoundAnswerError(f"POST User for {user.key!r} answered without a user")
        return Written(user_id, self._not_applied(created.to_dict(), _creation(user)))

    async def update(
        self, current: CurrentUser, desired: DesiredUser, changes: Sequence[FieldChange]
    ) -> Written:
        """PATCH the changes, each guarded by a ``test`` of the value as read (see the module
        docstring); ``ConflictError`` (409) when the user changed meanwhile."""
        who = f"user {current.user_id}"
        if not current.read:
            raise SyncError(f"{who}: an update needs the user as this directory read it")
        fields = [(c.field, c.after) for c in changes if c.field != "Retired"]
        wanted = _writable(current.read, fields)
        _set_fields(wanted, fields, who)
        patch = diff_patch(current.read, wanted)  # built (and checked) before anything is sent
        key = self._mapping.key_property
        was = _get(dict(current.read), key)
        if len(patch) and was is not None and was == _get(wanted, key):
            patch.test(key, was)  # still the user the row was matched to, by its key
        for change in changes:
            if change.field == "Retired":
                await self._retired(current.user_id, bool(change.after))
        if not len(patch):
            return Written(current.user_id)
        saved = await self._client.users.patch(current.user_id, patch)
        return Written(current.user_id, self._not_applied(saved.to_dict(), changes))

    def _not_applied(
        self, saved: dict[str, Any], changes: Sequence[FieldChange]
    ) -> tuple[str, ...]:
        """The changed fields the saved user (the server's answer) does not show as sent."""
        licenses = _licenses(saved)
        missing = []
        for change in changes:
            name, want = change.field, change.after
            if name == "Retired":
                continue  # MakeRetired answers nothing to check
            if name in ("UserGroup", "Role"):
                have = _optional_ref(saved.get(name), "Value")
                ok = have is not None and isinstance(want, Ref) and have.id == want.id
            elif name.startswith("License/"):
                ok = licenses.get(name.removeprefix("License/")) is bool(want)
            else:
                ok = _same(_get(saved, name), want)
            if not ok:
                missing.append(name)
        return tuple(missing)

    async def retire(self, current: CurrentUser) -> None:
        await self._retired(current.user_id, True)  # licenses removed with it

    async def delete(self, current: CurrentUser) -> None:
        await self._client.users.delete(current.user_id)

    async def _retired(self, user_id: int, retired: bool) -> None:
        await self._client.user_agent.make_retired(user_id, retired)


async def _each(items: list[T], call: Callable[[T], Awaitable[None]], concurrency: int) -> None:
    """``call`` each item, at most ``concurrency`` at once; the first failure stops the rest
    and is raised."""
    pending = iter(items)
    failure: list[BaseException] = []

    async def worker() -> None:
        for item in pending:
            if failure:
                return
            try:
                await call(item)
            except BaseException as exc:
                failure.append(exc)
                return

    await asyncio.gather(*(worker() for _ in range(min(concurrency, len(items)) or 1)))
    if failure:
        raise failure[0]


def _answered(answer: list[T] | None, operation: str) -> list[T]:
    """An Agents list; ``200 null`` means "not found", never an empty success."""
    if answer is None:
        raise NotFoundAnswerError(f"Agents/User/{operation} answered 200 null (not found)")
    return answer


def _ref(item: dict[str, Any], name_key: str) -> Ref:
    return Ref(int(item.get("Id") or 0), str(item.get(name_key) or item.get("Name") or ""))


def _optional_ref(value: Any, name_key: str) -> Ref | None:
    if not isinstance(value, dict) or value.get("Id") is None:
        return None
    return _ref(value, name_key)


def _get(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("/"):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split("/")
    node = data
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


def _license_items(user: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for owner in user.get("LicenseOwners") or []:
        for listing in _LICENSE_LISTS:
            for module in (owner or {}).get(listing) or []:
                if isinstance(module, dict) and module.get("Name"):
                    yield str(module["Name"]), module


def _licenses(user: dict[str, Any]) -> dict[str, bool]:
    """Module name -> assigned, for each license slot the user has (the first of a name)."""
    found: dict[str, bool] = {}
    for name, module in _license_items(user):
        found.setdefault(name, bool(module.get("Assigned")))
    return found


def _writable(read: Mapping[str, Any], fields: list[tuple[str, Any]]) -> dict[str, Any]:
    """A copy of ``read`` to set ``fields`` on: deep only under the properties they write."""
    copied = dict(read)
    for name, _ in fields:
        top = "LicenseOwners" if name.startswith("License/") else name.split("/")[0]
        if copied.get(top) is read.get(top):
            copied[top] = copy.deepcopy(read.get(top))
    return copied


def _set_fields(user: dict[str, Any], fields: Iterable[tuple[str, Any]], who: str) -> None:
    """Set owned fields on User JSON: a property path, ``UserGroup``/``Role`` (a ``Ref``; None
    leaves it) or ``License/<module>`` (its slot's ``Assigned``)."""
    for name, value in fields:
        if name in ("UserGroup", "Role"):
            if isinstance(value, Ref):
                user[name] = {"Id": value.id, "Value": value.name}
        elif name.startswith("License/"):
            module = name.removeprefix("License/")
            slot = next((m for n, m in _license_items(user) if n == module), None)
            if slot is not None:
                slot["Assigned"] = bool(value)
            elif value:
                raise SyncError(f"{who} has no {module!r} license slot to assign")
        else:
            _put(user, name, value)
