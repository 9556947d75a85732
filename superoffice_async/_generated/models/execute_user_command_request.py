from __future__ import annotations

from msgspec import field

from ..models.command_action_result import CommandActionResult
from ..types import NOT_SET, Carrier, carrier


@carrier
class ExecuteUserCommandRequest(Carrier):
    """The ExecuteUserCommandRequest carrier.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        command_name (str | None): The name of the command to execute.
        user (User | None): The User to execute commands on.
        action_result (CommandActionResult | None): Result of an UI operation.
    """

    command_name: str | None = field(name="CommandName", default=NOT_SET)
    user: User | None = field(name="User", default=NOT_SET)
    action_result: CommandActionResult | None = field(
        name="ActionResult", default=NOT_SET
    )


from ..models.user import User
