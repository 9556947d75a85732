"""REST ``/api/v1/User``: typed methods over the generated operations.

Look users up by name with ``client.user_agent`` (``get_user_from_name`` and friends): there the
name travels in the JSON body, so no name (``Default``, ``5``, ``a/b``, ``..``) can reach another
endpoint. The REST ``User/{userName}`` operations stay reachable through ``client.call``; a name
that would route elsewhere is refused there before it is sent.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Unpack

from ._generated.api.user import (
    v_1_user_create_default_user_from_user_type_and_person_id as _default,
)
from ._generated.api.user import v_1_user_delete_user as _delete
from ._generated.api.user import v_1_user_execute_user_command_async as _execute_command
from ._generated.api.user import v_1_user_get_all as _get_all
from ._generated.api.user import v_1_user_get_credential_types as _credential_types
from ._generated.api.user import v_1_user_get_user as _get
from ._generated.api.user import v_1_user_get_user_commands_async as _get_commands
from ._generated.api.user import v_1_user_patch_user as _patch
from ._generated.api.user import v_1_user_post_user as _post
from ._generated.api.user import v_1_user_put_user as _put_user
from ._generated.api.user import v_1_user_validate_user as _validate
from ._generated.models import (
    CommandActionResult,
    CommandResult,
    CredentialType,
    CustomCommand,
    ODataMode,
    ODataSlimResponse,
    StringDictionary,
    User,
    UserType,
    UserWithLinks,
)
from ._generated.types import UNSET, Unset
from .arguments import (
    check_enum,
    check_id,
    check_model,
    check_path_text,
    expect,
    expect_list,
    optional_bool,
    optional_id,
)
from .errors import InvalidArgumentError, ResponseValidationError
from .options import CallOptions
from .patch import UserPatch, http_date
from .select import SelectArg, select_param

if TYPE_CHECKING:
    from .client import SuperOfficeClient

__all__ = ["MAX_PAGE_SIZE", "UsersResource"]

MAX_PAGE_SIZE = 1000
"""SuperOffice's best-practice page size for archives."""
DEFAULT_ORDER = "associateDbId"
"""Paging with $skip needs a stable order; the AllUsers archive's primary key gives one."""


class UsersResource:
    """The REST User endpoints; reach it as ``client.users``."""

    def __init__(self, client: SuperOfficeClient) -> None:
        self._client = client

    def list(
        self,
        *,
        select: str | builtins.list[str] | None = None,
        filter: str | None = None,
        order_by: str | None = DEFAULT_ORDER,
        page_size: int = 200,
        limit: int | None = None,
        mode: ODataMode | str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[dict[str, Any]]:
        """Rows of the OData user list ("AllUsers" archive), fetched a page at a time.

        ``select`` names archive columns (``associateDbId,fullName``), ``filter`` is an OData
        expression (``assocName begins 'A'``). Pages are fetched with ``$top``/``$skip`` only
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
        arguments: dict[str, Any] = {
            "select": _columns(select),
            "filter_": UNSET if filter is None else check_path_text(filter, "filter"),
            "order_by": UNSET if order_by is None else check_path_text(order_by, "order_by"),
            "mode": check_enum(mode, ODataMode, "mode"),
        }
        return self._pages(arguments, page_size, limit, options)

    async def _pages(
        self, arguments: dict[str, Any], page_size: int, limit: int | None, options: CallOptions
    ) -> AsyncIterator[dict[str, Any]]:
        skip = 0
        yielded = 0
        while True:
            top = page_size if limit is None else min(page_size, limit - yielded)
            parsed = await self._client.invoke(
                _get_all.asyncio_detailed, options, top=top, skip=skip, **arguments
            )
            page = expect(parsed, ODataSlimResponse, "v1User_GetAll")
            if isinstance(page.value, Unset):
                raise ResponseValidationError(
                    "v1User_GetAll: the answer has no 'value' array", operation_id="v1User_GetAll"
                )
            rows = [row.to_dict() for row in page.value]
            for row in rows:
                yield row
            yielded += len(rows)
            skip += len(rows)
            more = isinstance(page.odata_next_link, str) or len(rows) == top
            if not rows or not more or (limit is not None and yielded >= limit):
                return

    async def get(
        self,
        user_id: int,
        *,
        select: SelectArg = None,
        foreign_keys: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``GET User/{id}``. A missing user is a ``NotFoundError``."""
        parsed = await self._client.invoke(
            _get.asyncio_detailed,
            options,
            id=check_id(user_id),
            select=select_param(select, "UserWithLinks"),
            fk=optional_bool(foreign_keys, "foreign_keys"),
        )
        return expect(parsed, UserWithLinks, "v1User_GetUser")

    async def create(
        self, user: User, *, select: SelectArg = None, **options: Unpack[CallOptions]
    ) -> UserWithLinks:
        """``POST User``: store a new user; returns it with its new id. Never retried once sent."""
        parsed = await self._client.invoke(
            _post.asyncio_detailed,
            options,
            body=check_model(user, User, "user"),
            select=select_param(select, "UserWithLinks"),
        )
        return expect(parsed, UserWithLinks, "v1User_PostUser")

    async def put(
        self,
        user_id: int,
        user: User,
        *,
        select: SelectArg = None,
        **options: Unpack[CallOptions],
    ) -> UserWithLinks:
        """``PUT User/{id}``: replace the user; returns the saved user with links."""
        parsed = await self._client.invoke(
            _put_user.asyncio_detailed,
            options,
            id=check_id(user_id),
            body=check_model(user, User, "user"),
            select=select_param(select, "UserWithLinks"),
        )
        return expect(parsed, UserWithLinks, "v1User_PutUser")

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

        A failed ``test`` raises ``ConflictError`` (409); a change since
        ``if_unmodified_since`` raises ``PreconditionFailedError`` (412).
        """
        parsed = await self._client.invoke(
            _patch.asyncio_detailed,
            options,
            id=check_id(user_id),
            body=check_model(patch, UserPatch, "patch").operations,
            select=select_param(select, "UserWithLinks"),
            if_unmodified_since=(
                UNSET if if_unmodified_since is None else http_date(if_unmodified_since)
            ),
        )
        return expect(parsed, UserWithLinks, "v1User_PatchUser")

    async def delete(self, user_id: int, **options: Unpack[CallOptions]) -> None:
        """``DELETE User/{id}``. A missing user is a ``NotFoundError``."""
        await self._client.invoke(_delete.asyncio_detailed, options, id=check_id(user_id))

    async def get_commands(
        self, user_id: int, **options: Unpack[CallOptions]
    ) -> builtins.list[CustomCommand]:
        """``GET User/{id}/CustomCommand``: the custom commands registered for the user."""
        parsed = await self._client.invoke(
            _get_commands.asyncio_detailed, options, id=check_id(user_id)
        )
        return expect_list(parsed, CustomCommand, "v1User_GetUserCommandsAsync")

    async def execute_command(
        self,
        user_id: int,
        command_name: str,
        *,
        action_result: CommandActionResult | str | None = None,
        **options: Unpack[CallOptions],
    ) -> CommandResult:
        """``POST User/{id}/CustomCommand/{commandName}``. Never retried once sent.

        The reference leaves the 200 body undocumented; the spec decides it is a CommandResult.
        """
        parsed = await self._client.invoke(
            _execute_command.asyncio_detailed,
            options,
            id=check_id(user_id),
            command_name=check_path_text(command_name, "command_name"),
            action_result=check_enum(action_result, CommandActionResult, "action_result"),
        )
        return expect(parsed, CommandResult, "v1User_ExecuteUserCommandAsync")

    async def credential_types(
        self, **options: Unpack[CallOptions]
    ) -> builtins.list[CredentialType]:
        """``GET User/CredentialTypes``: the authentication methods users can have."""
        parsed = await self._client.invoke(_credential_types.asyncio_detailed, options)
        return expect_list(parsed, CredentialType, "v1User_GetCredentialTypes")

    async def default(
        self,
        *,
        user_type: UserType | str | None = None,
        person_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> User:
        """``GET User/Default``: a new user with the server's defaults, not stored yet."""
        parsed = await self._client.invoke(
            _default.asyncio_detailed,
            options,
            user_type=check_enum(user_type, UserType, "user_type"),
            person_id=optional_id(person_id, "person_id", allow_zero=True),
        )
        return expect(parsed, User, "v1User_CreateDefaultUserFromUserTypeAndPersonId")

    async def validate(self, user: User, **options: Unpack[CallOptions]) -> dict[str, str]:
        """``POST User/Validate``: error messages by field; empty when the user can be saved."""
        parsed = await self._client.invoke(
            _validate.asyncio_detailed, options, body=check_model(user, User, "user")
        )
        return dict(expect(parsed, StringDictionary, "v1User_ValidateUser").additional_properties)


def _columns(select: str | list[str] | None) -> Any:
    """Archive columns for ``$select`` (not carrier properties, so not checked against one)."""
    if select is None:
        return UNSET
    names = select.split(",") if isinstance(select, str) else list(select)
    if not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise InvalidArgumentError("select must name one or more archive columns")
    return ",".join(n.strip() for n in names)
