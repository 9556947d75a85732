"""The SCIM storage over SuperOffice: Users and Groups read and written through the sync's
mapping, plan and directory (one set of rules for both).

scim2-server applies the protocol (PATCH operations, PUT replacement, filters' syntax, If-Match
against ``meta.version``) and hands this storage the whole new state of a resource; the storage
turns it into a row of the mapping's columns, lets the sync's ``make_plan`` say which owned
fields differ and writes them with the sync's ``ClientDirectory``: a PATCH of the changed owned
fields (never a whole-user PUT), ``MakeRetired`` to retire (licenses removed) or re-hire.

- Users: SCIM ``id`` is the AssociateId; a user is visible when its key property is set (and it
  is in the mapping's ``[leavers] groups``, when there are some). ``active: false`` retires,
  ``active: true`` re-hires; DELETE retires or deletes as ``[leavers] action`` says (``keep``:
  refused). Both go through the ``DeactivationGuard`` first.
- Groups: SuperOffice user groups; a member is a visible user whose user group it is. Adding a
  member sets the user's ``[user_group]`` column to the group's name, removing one sets it to
  ""; the mapping then decides the role and licenses that come with it, as for any change.
- Stateless: every answer is read from SuperOffice. Only the lookups (user groups, roles, license
  modules) are kept, for ``lookups_ttl`` seconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar, Union

from scim2_models import (
    InvalidValueException,
    MutabilityException,
    NotFoundException,
    NotImplementedException,
    PreconditionFailedException,
    Resource,
    ResourceType,
    ResponseParameters,
    ScimFilter,
    ScimProvider,
    SearchRequest,
    UniquenessException,
)
from scim2_models.path import CompareOperator, Comparison
from scim2_server.storage import AsyncScimStorage, SearchPage
from scim2_server.utils import parametrize

from .. import SuperOfficeError
from ..sync import (
    Action,
    ClientDirectory,
    CurrentUser,
    FieldChange,
    Lookups,
    NotFoundAnswerError,
    PlannedAction,
    SourceData,
    SourceRow,
    SyncError,
    SyncMapping,
    make_plan,
)
from .errors import scim_error
from .guard import DeactivationGuard
from .resources import GROUP_SCHEMA, check_columns, columns_of, row_of, user_resource, version_of

if TYPE_CHECKING:
    from .. import SuperOfficeClient

__all__ = ["SuperOfficeStorage"]

T = TypeVar("T")
_Seen = dict[int | None, Any]
"""What one operation has read: users by id (None when absent), every user under None."""
_seen: ContextVar[_Seen | None] = ContextVar("superoffice_scim_seen", default=None)


class SuperOfficeStorage(AsyncScimStorage):
    """scim2-server's asynchronous storage, backed by one SuperOffice site (module docstring)."""

    def __init__(
        self,
        client: SuperOfficeClient,
        mapping: SyncMapping,
        provider: ScimProvider,
        *,
        guard: DeactivationGuard | None = None,
        lookups_ttl: float = 60.0,
        concurrency: int = 16,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        check_columns(mapping)
        self.mapping = mapping
        self._plan_mapping = dataclasses.replace(mapping, leavers="keep")
        self._client = client
        self._directory = ClientDirectory(client, mapping, concurrency=concurrency)
        self._provider = provider
        self._guard = guard or DeactivationGuard()
        self._lookups = _Kept(self._read_lookups, lookups_ttl, clock)
        self._groups = _Kept(self._read_groups, lookups_ttl, clock)
        names = {r.column for r in mapping.properties if r.path == "UserName" and r.column}
        if mapping.key_property == "UserName":
            names.add(mapping.key_column)
        self._user_name_columns = {n.casefold() for n in names}

    @asynccontextmanager
    async def operation(self) -> AsyncIterator[None]:
        """One SCIM operation: the users it reads are read once (the version it checks is the
        one it read)."""
        token = _seen.set({})
        try:
            yield
        finally:
            _seen.reset(token)

    # -- the storage interface -----------------------------------------------------------------

    async def get(
        self,
        resource_type: ResourceType,
        resource_id: str,
        *,
        response_parameters: ResponseParameters[Any] | None = None,
    ) -> Resource[Any]:
        if _is_group(resource_type):
            members = not _excludes(response_parameters, "members")
            group = await _translated(self._group(_int_id(resource_id), members=members))
            return self._resource(resource_type, group)
        user = await _translated(self._user(_int_id(resource_id)))
        return self._resource(resource_type, user_resource(user, self.mapping))

    async def search(
        self,
        resource_types: list[ResourceType],
        search_request: SearchRequest[Any],
        *,
        position: Any = None,
    ) -> SearchPage:
        found: list[Resource[Any]] = []
        for resource_type in resource_types:  # several at the root (/.search): users, then groups
            if _is_group(resource_type):
                members = not _excludes(search_request, "members")
                groups = await _translated(self._all_groups(members=members))
                found += [self._resource(resource_type, g) for g in groups]
            else:
                users = await _translated(self._candidates(search_request.filter))
                found += [self._resource(resource_type, user_resource(u, self.mapping))
                          for u in users]  # fmt: skip
        found = _matching(found, search_request.filter)
        start = search_request.start_index_0 or 0
        stop = None if search_request.count is None else start + search_request.count
        return SearchPage(len(found), found[start:stop])

    async def create(self, resource_type: ResourceType, resource: Resource[Any]) -> Resource[Any]:
        if _is_group(resource_type):
            raise NotImplementedException(
                detail="groups are SuperOffice's user groups: create them in SuperOffice"
            )
        user_id = await _translated(self._create(resource.model_dump()))
        _forget(user_id)
        return await self.get(resource_type, str(user_id))

    async def update(
        self,
        resource_type: ResourceType,
        resource: Resource[Any],
        *,
        expected_version: str | None = None,
    ) -> Resource[Any]:
        resource_id = _int_id(str(resource.id))
        if _is_group(resource_type):
            group = await _translated(self._group(resource_id, members=True))
            _check_version(group, expected_version)
            changed = await _translated(self._update_group(group, resource.model_dump()))
            return self._resource(resource_type, changed)
        else:
            current = await _translated(self._user(resource_id))
            _check_version(user_resource(current, self.mapping), expected_version)
            data = resource.model_dump()
            row = row_of(data)
            row.setdefault(self.mapping.key_column, current.key)  # a PUT may leave the key out
            planned = await _translated(self._plan(row, current))
            await _translated(self._apply(current, planned, data.get("active")))
            _forget(resource_id)
        return await self.get(resource_type, str(resource_id))

    async def delete(
        self,
        resource_type: ResourceType,
        resource_id: str,
        *,
        expected_version: str | None = None,
    ) -> None:
        if _is_group(resource_type):
            raise NotImplementedException(
                detail="groups are SuperOffice's user groups: delete them in SuperOffice"
            )
        current = await _translated(self._user(_int_id(resource_id)))
        _check_version(user_resource(current, self.mapping), expected_version)
        await _translated(self._remove(current))

    # -- users ---------------------------------------------------------------------------------

    async def _user(self, user_id: int) -> CurrentUser:
        seen = _seen.get()
        user: CurrentUser | None
        if seen is not None and user_id in seen:
            user = seen[user_id]
        else:
            user = await self._read_one(user_id)
            if seen is not None:
                seen[user_id] = user
        if user is None:
            raise NotFoundException(detail=f"no user {user_id}")
        return user

    def _in_scope(self, user: CurrentUser) -> bool:
        groups = {g.casefold() for g in self.mapping.scope_groups}
        return not groups or (user.group is not None and user.group.name.casefold() in groups)

    async def _candidates(self, scim_filter: ScimFilter[Any] | None) -> list[CurrentUser]:
        """The users a filter may match: by user name when it asks for one, else every one."""
        name = _equality(scim_filter, self._user_name_columns)
        if name is None:
            return [u for u in await self._everyone() if self._in_scope(u)]
        user_id = await self._user_id_by_name(name)
        if user_id is None:
            return []
        try:
            return [await self._user(user_id)]
        except NotFoundException:
            return []

    async def _read_one(self, user_id: int, *, scoped: bool = True) -> CurrentUser | None:
        """The user with its owned fields; None when absent, its key unset or (``scoped``)
        outside the mapping's groups."""
        found = await self._directory.read_users([user_id])
        user = found[0] if found and found[0].key else None
        return user if user is None or not scoped or self._in_scope(user) else None

    async def _everyone(self) -> list[CurrentUser]:
        """Every user with the key set, read once per operation (until it writes)."""
        seen = _seen.get()
        if seen is not None and None in seen:
            everyone: list[CurrentUser] = seen[None]
            return everyone
        everyone = await self._directory.read()
        if seen is not None:
            seen[None] = everyone
        return everyone

    async def _user_id_by_name(self, user_name: str) -> int | None:
        quoted = user_name.replace("'", "''")
        rows = self._client.users.list(
            select="associateDbId", filter=f"userName eq '{quoted}'", limit=2
        )
        ids = [int(row["associateDbId"]) async for row in rows]
        return ids[0] if ids else None

    async def _user_by_key(self, key: str) -> CurrentUser | None:
        """The user with this key (any scope): by user name, or else by reading every user."""
        if self.mapping.key_property == "UserName":
            user_id = await self._user_id_by_name(key)
            return None if user_id is None else await self._read_one(user_id, scoped=False)
        wanted = key.casefold()
        return next((u for u in await self._everyone() if u.key.casefold() == wanted), None)

    async def _plan(self, row: dict[str, Any], current: CurrentUser | None) -> PlannedAction:
        """The sync's plan for one row: the owned fields to create, or those that differ."""
        source = SourceData("the SCIM request", "scim", (SourceRow(0, 1, row),))
        users: list[CurrentUser] = []
        if current is not None:
            key = str(row.get(self.mapping.key_column) or "").strip() or current.key
            users = [dataclasses.replace(current, key=key)]
        plan = make_plan(self._plan_mapping, source, users, await self._lookups.get())
        planned = plan.actions[0]
        if planned.action is Action.INVALID:
            problem = (planned.problem or "invalid").removeprefix("line 1: ")
            raise InvalidValueException(detail=problem)
        return planned

    async def _create(self, data: dict[str, Any]) -> int:
        planned = await self._plan(row_of(data), None)
        assert planned.desired is not None
        await self._check_unique(planned.desired.key, planned.desired.values.get("UserName"), None)
        written = await self._directory.create(planned.desired)
        if data.get("active") is False:
            created = await self._read_one(written.user_id, scoped=False)
            if created is not None:
                await self._directory.retire(created)  # never active: not a deactivation
        return written.user_id

    async def _check_unique(self, key: str | None, user_name: Any, user_id: int | None) -> None:
        """``UniquenessException`` when another user has this key or user name."""
        if isinstance(user_name, str) and user_name:
            other = await self._user_id_by_name(user_name)
            if other is not None and other != user_id:
                raise UniquenessException(detail=f"the user name {user_name!r} is taken")
        if key and self.mapping.key_property != "UserName":
            found = await self._user_by_key(key)
            if found is not None and found.user_id != user_id:
                raise UniquenessException(
                    detail=f"{self.mapping.key_column} {key!r} belongs to another user"
                )

    async def _apply(self, current: CurrentUser, planned: PlannedAction, active: Any) -> None:
        """Write the planned changes, then retire or re-hire as ``active`` says."""
        assert planned.desired is not None
        changes = [c for c in planned.changes if c.field != "Retired"]
        named = {c.field: c.after for c in changes}
        key_changed = self.mapping.key_property in named
        if key_changed or "UserName" in named:
            key = planned.desired.key if key_changed else None
            await self._check_unique(key, named.get("UserName"), current.user_id)
        deactivate = active is False and not current.retired
        rehire = active is True and current.retired
        if active is False or (current.retired and not rehire):
            changes = [c for c in changes if not c.field.startswith("License/")]
        if rehire:
            changes.insert(0, FieldChange("Retired", True, False))
        if deactivate:
            self._guard.admit(f"user {current.user_id}")
        if changes:
            await self._directory.update(current, planned.desired, changes)
        if deactivate:
            await self._directory.retire(current)

    async def _remove(self, current: CurrentUser) -> None:
        action = self.mapping.leavers
        if action == "keep":
            raise MutabilityException(
                detail='the mapping keeps leavers ([leavers] action = "keep"): set active '
                "false to retire, or delete the user in SuperOffice"
            )
        if action == "retire" and current.retired:
            return
        self._guard.admit(f"user {current.user_id}")
        if action == "delete":
            await self._directory.delete(current)
        else:
            await self._directory.retire(current)
        _forget(current.user_id)

    # -- groups --------------------------------------------------------------------------------

    async def _read_lookups(self) -> Lookups:
        return await self._directory.lookups()

    async def _read_groups(self) -> list[tuple[int, str]]:
        answer = await self._client.user_agent.get_all_user_groups(False)
        groups = [g.to_dict() for g in answer or []]
        return [(int(g["Id"]), str(g.get("Value") or "")) for g in groups if not g.get("Deleted")]

    async def _all_groups(self, *, members: bool) -> list[dict[str, Any]]:
        groups = await self._groups.get()
        users = await self._everyone() if members else []
        return [self._group_of(gid, name, users, members) for gid, name in groups]

    async def _group(self, group_id: int, *, members: bool) -> dict[str, Any]:
        found = [(gid, name) for gid, name in await self._groups.get() if gid == group_id]
        if not found:
            raise NotFoundException(detail=f"no user group {group_id}")
        users = await self._everyone() if members else []
        return self._group_of(*found[0], users, members)

    def _group_of(
        self, group_id: int, name: str, users: Sequence[CurrentUser], members: bool
    ) -> dict[str, Any]:
        ids = [u.user_id for u in users if u.group is not None and u.group.id == group_id
               and self._in_scope(u)] if members else None  # fmt: skip
        return _group_resource(group_id, name, ids)

    async def _update_group(self, group: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
        """Move the members added into the group and those removed out of it; the group as
        it now is (its members as asked: each one's user group was written)."""
        if data.get("displayName") != group["displayName"]:
            raise MutabilityException(detail="rename user groups in SuperOffice")
        lookup = self.mapping.user_group
        before = {m["value"] for m in group["members"]}
        after = {str(m.get("value")) for m in data.get("members") or []}
        if before == after:
            return group
        if lookup is None:
            raise MutabilityException(
                detail="the mapping has no [user_group]: group membership is read-only"
            )
        cell = next((c for c, n in lookup.values.items() if n == group["displayName"] and c),
                    group["displayName"])  # fmt: skip
        for member, value in [*((m, cell) for m in sorted(after - before)),
                              *((m, "") for m in sorted(before - after))]:  # fmt: skip
            current = await self._user(_int_id(member))
            row = columns_of(current, self.mapping) | {lookup.column: value}
            await self._apply(current, await self._plan(row, current), None)
            _forget(current.user_id)
        ids = sorted(_int_id(m) for m in after)
        return _group_resource(_int_id(group["id"]), group["displayName"], ids)

    # -- helpers -------------------------------------------------------------------------------

    def _resource(self, resource_type: ResourceType, data: dict[str, Any]) -> Resource[Any]:
        model = self._provider.model_for(resource_type)
        assert model is not None
        assert issubclass(model, Resource)
        return model.model_validate(data)


class _Kept:
    """A value read at most once per ``ttl`` seconds (concurrent readers share one read)."""

    def __init__(self, load: Callable[[], Awaitable[Any]], ttl: float, clock: Callable[[], float]):
        self._load, self._ttl, self._clock = load, ttl, clock
        self._value: Any = None
        self._at: float | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> Any:
        async with self._lock:
            now = self._clock()
            if self._at is None or now - self._at >= self._ttl:
                self._value = await self._load()
                self._at = now
            return self._value


async def _translated(call: Awaitable[T]) -> T:
    """Await ``call``; a SuperOffice or sync failure becomes its SCIM error."""
    try:
        return await call
    except NotFoundAnswerError as exc:
        raise scim_error(exc) from None
    except SyncError as exc:
        raise InvalidValueException(detail=str(exc)) from None
    except SuperOfficeError as exc:
        raise scim_error(exc) from None


def _group_resource(group_id: int, name: str, member_ids: Sequence[int] | None) -> dict[str, Any]:
    """A SCIM Group; ``members`` only when ``member_ids`` is not None."""
    group: dict[str, Any] = {"schemas": [GROUP_SCHEMA], "id": str(group_id), "displayName": name}
    if member_ids is not None:
        group["members"] = [{"value": str(i), "type": "User", "$ref": f"Users/{i}"}
                            for i in member_ids]  # fmt: skip
    group["meta"] = {"resourceType": "Group", "version": version_of(group)}
    return group


def _forget(user_id: int) -> None:
    """After a write: the user, and every user, are read again."""
    seen = _seen.get()
    if seen is not None:
        seen.pop(user_id, None)
        seen.pop(None, None)


def _is_group(resource_type: ResourceType) -> bool:
    return resource_type.name == "Group"


def _int_id(resource_id: str) -> int:
    if not resource_id.isdigit():
        raise NotFoundException(detail=f"no resource {resource_id!r}")
    return int(resource_id)


def _excludes(parameters: ResponseParameters[Any] | SearchRequest[Any] | None, name: str) -> bool:
    if parameters is None:
        return False
    if parameters.attributes:
        return all(str(p).split(".")[0].casefold() != name for p in parameters.attributes)
    return any(str(p).casefold() == name for p in parameters.excluded_attributes or [])


def _check_version(resource: dict[str, Any], expected: str | None) -> None:
    if expected is not None and resource["meta"]["version"] != expected:
        raise PreconditionFailedException(detail="the resource changed since that version")


def _equality(scim_filter: ScimFilter[Any] | None, attributes: set[str]) -> str | None:
    """The value of ``<attribute> eq "value"`` when the filter is that and nothing more."""
    if scim_filter is None:
        return None
    node = scim_filter.ast
    if (
        isinstance(node, Comparison)
        and node.op == CompareOperator.eq
        and isinstance(node.value, str)
        and str(node.attr_path).casefold() in attributes
    ):
        return node.value
    return None


def _matching(
    found: list[Resource[Any]], scim_filter: ScimFilter[Any] | None
) -> list[Resource[Any]]:
    if scim_filter is None or not found:
        return found
    if not scim_filter.models:
        models = tuple(dict.fromkeys(type(r) for r in found))
        scim_filter = parametrize(ScimFilter, Union[models])(str(scim_filter))  # noqa: UP007
    return [r for r in found if scim_filter.match(r)]
