from __future__ import annotations

from msgspec import field

from ..models.command_action import CommandAction
from ..types import NOT_SET, Carrier, Open, carrier


@carrier
class CustomCommand(Carrier):
    """Generic carrier object for entity commands.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        name (str | None): Unique name of the command
        display_name (str | None): The name to show in GUI
        description (str | None): Description of the command.
        tool_tip (str | None): Tooltip to be used in the GUI
        actions (CommandAction | None): The actions to call when invoked (a CommandAction; unknown values kept as
            strings).
        action_data (str | None): The data to be used when the command is invoked
        table_right (TableRight | None):
        field_properties (FieldProperties | None):
    """

    name: str | None = field(name="Name", default=NOT_SET)
    display_name: str | None = field(name="DisplayName", default=NOT_SET)
    description: str | None = field(name="Description", default=NOT_SET)
    tool_tip: str | None = field(name="ToolTip", default=NOT_SET)
    actions: Open[CommandAction] | None = field(name="Actions", default=NOT_SET)
    action_data: str | None = field(name="ActionData", default=NOT_SET)
    table_right: TableRight | None = field(name="TableRight", default=NOT_SET)
    field_properties: FieldProperties | None = field(
        name="FieldProperties", default=NOT_SET
    )


from ..models.field_properties import FieldProperties
from ..models.table_right import TableRight
