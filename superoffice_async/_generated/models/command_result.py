from __future__ import annotations

from msgspec import field

from ..models.command_action_result import CommandActionResult
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class CommandResult(Carrier):
    """Generic carrier object for entity commands' results.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        success (bool | None): The command was successfully executed.
        message (str | None): Message which should be displayed in GUI.
        result (CommandActionResult | None): The result used in this action (a CommandActionResult; unknown values kept as
            strings).
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    success: bool | None = field(name="Success", default=NOT_SET)
    message: str | None = field(name="Message", default=NOT_SET)
    result: Open[CommandActionResult] | None = field(name="Result", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
