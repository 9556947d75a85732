"""What a user links to by id and the server keeps lists of: roles, user groups, credential types.

A link to an unknown id is refused (400); a user group marked deleted can be kept by a user who
has it, but not newly chosen.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..carriers import id_of, with_rights
from ..data import CREDENTIAL_TYPE, RETIRED_GROUPS, ROLE_TYPES, ROLES, USER_GROUPS
from ..errors import BadInputError

__all__ = ["Lookups"]

Json = dict[str, Any]


class Lookups:
    """Roles and user groups by id, and the credential types. Answers are copies."""

    def __init__(self) -> None:
        self.roles: dict[int, Json] = {int(r["Id"]): dict(r) for r in ROLES}
        self.groups: dict[int, Json] = {
            int(g["Id"]): dict(g) for g in (*USER_GROUPS, *RETIRED_GROUPS)
        }

    def role(self, role_id: int | None) -> Json | None:
        """The Role carrier, or None."""
        role = self.roles.get(role_id) if role_id else None
        return None if role is None else with_rights(dict(role))

    def group(self, group_id: int | None) -> Json | None:
        """The UserGroup carrier, or None."""
        group = self.groups.get(group_id) if group_id else None
        return None if group is None else with_rights(dict(group))

    def all_roles(self, role_type: str | None) -> list[Json]:
        """The roles (of one RoleType, or all) as MDO list items."""
        return [
            with_rights({
                "Id": role_id, "Name": role["Value"], "ToolTip": role["Tooltip"],
                "Deleted": False, "Rank": role_id, "Type": ROLE_TYPES.get(role_id, ""),
                "ColorBlock": 0, "IconHint": "", "Selected": False, "LastChanged": None,
                "ChildItems": [], "ExtraInfo": "", "StyleHint": "", "Hidden": False,
                "FullName": role["Value"],
            })
            for role_id, role in sorted(self.roles.items())
            if role_type is None or ROLE_TYPES.get(role_id) == role_type
        ]  # fmt: skip

    def all_groups(self, include_deleted: bool) -> list[Json]:
        return [with_rights(dict(g)) for _, g in sorted(self.groups.items())
                if include_deleted or not g.get("Deleted")]  # fmt: skip

    def role_link(self, carrier: object) -> int | None:
        """The role id a saved Role links to; 400 when there is no such role."""
        return _linked(carrier, self.roles, "Role", ())

    def group_link(self, carrier: object, what: str, kept: Collection[int]) -> int | None:
        """The group id a saved UserGroup (``what``: the property) links to; 400 when there is
        no such group, or it is deleted and not among the ``kept`` ones."""
        return _linked(carrier, self.groups, what, kept)

    def unknown_links(self, user: Json) -> dict[str, str]:
        """ValidateUser's messages for a Role or UserGroup that does not exist."""
        errors: dict[str, str] = {}
        for what, known in (("Role", self.roles), ("UserGroup", self.groups)):
            linked = id_of(user.get(what))
            if linked and linked not in known:
                errors[what] = f"There is no {what} with id {linked}"
        return errors

    @staticmethod
    def credential_types() -> list[Json]:
        return [with_rights(dict(CREDENTIAL_TYPE))]

    @staticmethod
    def credential_type(type_name: str) -> Json:
        """The CredentialType carrier of a stored credential's type."""
        if type_name == CREDENTIAL_TYPE["Type"]:
            return with_rights(dict(CREDENTIAL_TYPE))
        return with_rights({
            "Type": type_name, "Description": "", "DisplayType": type_name,
            "ValueControl": "", "IsUserNameSupported": False, "CanCreatePerson": False,
        })  # fmt: skip


def _linked(
    carrier: object, known: dict[int, Json], what: str, kept: Collection[int]
) -> int | None:
    if carrier is None:
        return None
    if not isinstance(carrier, dict):
        raise BadInputError(f"User.{what} must be an object")
    linked = id_of(carrier)
    if not linked:
        return None
    item = known.get(linked)
    if item is None:
        raise BadInputError(f"User.{what}: there is no {what.rstrip('s')} with id {linked}")
    if item.get("Deleted") and linked not in kept:
        raise BadInputError(f"User.{what}: {item['Value']!r} can no longer be selected")
    return linked
