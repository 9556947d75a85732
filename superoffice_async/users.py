"""REST ``/api/v1/User``: the generated typed methods, plus what the SDK adds by hand.

Added here: ``list()`` pages through the OData "AllUsers" archive lazily as typed
``AllUsersRow``s, ``patch()`` takes a checked ``UserPatch`` (and a datetime for
If-Unmodified-Since), ``update()`` changes only the properties it names, and ``modify()`` is
read-modify-write guarded against concurrent changes. PUT replaces the whole user: ``put()``
refuses a carrier that was not read from the server unless ``replace=True``. Every other
method, from ``get`` to ``delete_by_name``, is generated from the spec
(``_generated/resources.py``).

By-name REST methods put the name in the path; a name that would reach another endpoint
(``Default``, ``5``, ``..``) is refused before sending. ``so.user_agent.get_user_from_name``
and friends carry the name in the body and take any name.
"""

from __future__ import annotations

import builtins
import datetime as dt
import inspect
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, Unpack

from ._generated.resources import UserOperations, UserOperationsWithRawResponse
from .errors import InvalidArgumentError, ResponseValidationError
from .options import CallOptions
from .records import raw_twin

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from ._generated.models import AllUsersRow, ODataMode, User, UserWithLinks
    from .patch import UserPatch
    from .select import SelectArg

__all__ = ["MAX_PAGE_SIZE", "Change", "UsersResource", "UsersWithRawResponse"]

Change: TypeAlias = (
    "Callable[[UserWithLinks], UserWithLinks | User | Awaitable[UserWithLinks | User | None]"
    " | None]"
)
"""What ``modify()`` applies: changes the user it is given (and returns None), or returns the
changed user (a carrier); may be a coroutine function."""

MAX_PAGE_SIZE = 1000
"""SuperOffice's best-practice page size for archives."""
DEFAULT_ORDER = "associateDbId"
"""Paging with $skip needs a stable order; the AllUsers archive's primary key gives one."""


def changes_patch(changes: Mapping[str, Any] | UserPatch) -> UserPatch:
    """A UserPatch of ``replace`` operations from property paths to new values."""
    from .patch import UserPatch  # the patch builder: loaded with the first patch

    if isinstance(changes, UserPatch):
        return changes
    if not isinstance(changes, Mapping) or not changes:
        raise InvalidArgumentError("changes must be a non-empty mapping of property paths")
    patch = UserPatch()
    for path, value in changes.items():
        patch.replace(path, value)
    return patch


def _patch_arguments(
    patch: UserPatch, if_unmodified_since: dt.datetime | str | None
) -> tuple[Any, str | None]:
    from .patch import UserPatch, http_date  # the patch builder: loaded with the first patch

    if not isinstance(patch, UserPatch):
        raise InvalidArgumentError(f"patch must be a UserPatch, got {type(patch).__name__}")
    since = None if if_unmodified_since is None else http_date(if_unmodified_since)
    return patch.operations, since


class UsersResource(UserOperations):
    """The REST User endpoints; reach it as ``client.users``."""

    __slots__ = ()

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning ``RawResponse`` (parsed, status, headers, record)."""
        return UsersWithRawResponse(self._call, self._raw)

    async def patch(
        self,
        user_id: int,
        patch: UserPatch,
        *,
        if_unmodified_since: dt.datetime | str | None = None,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``PATCH User/{id}`` with a JSON Patch, applied all or nothing. Never retried once sent.

        Only the properties the patch names change. A failed ``test`` raises ``ConflictError``
        (409); a change since ``if_unmodified_since`` raises ``PreconditionFailedError`` (412).
        """
        operations, since = _patch_arguments(patch, if_unmodified_since)
        return await self._patch(
            user_id, operations, select=select, if_unmodified_since=since, **options
        )

    async def update(
        self,
        user_id: int,
        changes: Mapping[str, Any] | UserPatch,
        *,
        if_unmodified_since: dt.datetime | str | None = None,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """Change only the named properties: ``update(5, {"Tooltip": "x", "Person/Firstname":
        "Y"})``, sent as a JSON Patch of ``replace`` operations (paths checked against the spec).

        The safe partial update: PUT replaces the whole user and blanks what its body leaves
        out. ``if_unmodified_since`` aborts with PreconditionFailedError (412) when the user
        changed since then. Never retried once sent.
        """
        return await self.patch(
            user_id,
            changes_patch(changes),
            if_unmodified_since=if_unmodified_since,
            select=select,
            **options,
        )

    async def modify(
        self,
        user_id: int,
        change: Change,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """Read-modify-write: GET the user, apply ``change`` to it, PATCH what differs.

        Each changed property is sent with a ``test`` of the value that was read, so a change
        made by someone else in between fails the whole patch with ``ConflictError`` (409)
        instead of being overwritten; read again and retry if that is right for you. Nothing
        is written when ``change`` changes nothing (the user as read is returned). Returns the
        saved user. ``modify(5, lambda u: setattr(u, "tooltip", "Lead"))``.
        """
        if not callable(change):
            raise InvalidArgumentError("change must be a function that changes a user")
        from ._generated.models import User, UserWithLinks
        from .write_safety import read_modify_write

        async def changed(current: UserWithLinks) -> UserWithLinks | User:
            working = UserWithLinks.from_dict(current.to_dict())  # ``current`` stays as read
            result = change(working)
            if inspect.isawaitable(result):
                result = await result
            if result is not None and not isinstance(result, User | UserWithLinks):
                raise InvalidArgumentError(
                    f"change must return None or the changed user, not {type(result).__name__}"
                )
            return working if result is None else result

        return await read_modify_write(
            lambda: self.get(user_id, **options),
            lambda current: current,
            changed,
            lambda patch: self.patch(user_id, patch, select=select, **options),
        )

    def list(
        self,
        *,
        select: str | Sequence[str] | None = None,
        filter: str | None = None,
        order_by: str | None = DEFAULT_ORDER,
        page_size: int = 200,
        limit: int | None = None,
        mode: ODataMode | str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AllUsersRow]:
        """Typed rows of the OData user list ("AllUsers" archive), fetched a page at a time.

        ``select`` names documented archive columns (``associateDbId,fullName,userName,isActive``;
        an unknown one is an ``UnknownColumnError`` naming the closest, before sending); a
        column that was not selected is unset on the row. ``filter`` is an OData expression
        (``assocName begins 'A'``). Pages are fetched with ``$top``/``$skip`` only
        when iteration reaches them, so breaking out early fetches nothing more; ``limit``
        caps the rows yielded.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            raise InvalidArgumentError("page_size must be an int")
        if not 1 <= page_size <= MAX_PAGE_SIZE:
            raise InvalidArgumentError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 1
        ):
            raise InvalidArgumentError("limit must be a positive int or None")
        for name, text in (("filter", filter), ("order_by", order_by)):
            if text is not None and (not isinstance(text, str) or not text.strip()):
                raise InvalidArgumentError(f"{name} must be a non-empty str or None")
        query = {"select": select, "filter": filter, "order_by": order_by, "mode": mode}
        return self._pages(query, page_size, limit, options)

    async def _pages(
        self,
        query: dict[str, Any],
        page_size: int,
        limit: int | None,
        options: CallOptions,
    ) -> AsyncIterator[AllUsersRow]:
        skip = 0
        yielded = 0
        while True:
            top = page_size if limit is None else min(page_size, limit - yielded)
            page = await self.get_all(top=top, skip=skip, **query, **options)
            if page.value is None:
                raise ResponseValidationError(
                    "v1User_GetAll: the answer has no 'value' array", operation_id="v1User_GetAll"
                )
            rows: builtins.list[AllUsersRow] = page.value
            for row in rows:
                yield row
            yielded += len(rows)
            skip += len(rows)
            more = isinstance(page.odata_next_link, str) or len(rows) == top
            if not rows or not more or (limit is not None and yielded >= limit):
                return


class UsersWithRawResponse(UserOperationsWithRawResponse):
    """``so.users.with_raw_response``: every method returns a ``RawResponse``."""

    __slots__ = ()

    patch = raw_twin(UsersResource.patch)
    update = raw_twin(UsersResource.update)
