"""The custom commands a user can run (Ping, SendWelcomeMail, Approve) and their results."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["CommandHandler", "Commands"]

Json = dict[str, Any]

CommandHandler = Callable[[Json, str], Json]
"""Takes the user (a User carrier it may change) and the action result; returns a CommandResult."""


def _ping(user: Json, action_result: str) -> Json:
    """Answers with the user's name."""
    return {"Success": True, "Message": f"Pong from {user['UserName']}", "Result": action_result}


def _send_welcome(user: Json, action_result: str) -> Json:
    """Sends the welcome mail, unless cancelled."""
    if action_result == "Cancel":
        return {"Success": False, "Message": "Cancelled", "Result": action_result}
    return {"Success": True, "Message": f"Welcome mail sent to {user['UserName']}",
            "Result": action_result}  # fmt: skip


def _approve(user: Json, action_result: str) -> Json:
    """Approves a user waiting for approval."""
    user["WaitingForApproval"] = False
    return {"Success": True, "Message": "Approved", "Result": action_result}


class Commands:
    """The registered custom commands by name (a test may register more in ``handlers``)."""

    def __init__(self) -> None:
        self.handlers: dict[str, CommandHandler] = {
            "Ping": _ping,
            "SendWelcomeMail": _send_welcome,
            "Approve": _approve,
        }

    def carriers(self) -> list[Json]:
        """The registered commands as CustomCommand carriers."""
        return [
            {"Name": name, "DisplayName": name, "Description": (handler.__doc__ or "").strip(),
             "ToolTip": name, "Actions": "Implicit", "ActionData": "", "TableRight": None,
             "FieldProperties": {}}
            for name, handler in self.handlers.items()
        ]  # fmt: skip

    def run(self, command: str, user: Json, action_result: str) -> Json:
        """The command's CommandResult (unsuccessful for an unknown command)."""
        handler = self.handlers.get(command)
        if handler is None:
            return {"Success": False, "Message": f"Unknown command {command!r}",
                    "Result": action_result}  # fmt: skip
        return handler(user, action_result)
