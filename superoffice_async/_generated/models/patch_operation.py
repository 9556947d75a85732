from __future__ import annotations

from typing import Any

from msgspec import field

from ..models.patch_operation_op import PatchOperationOp
from ..types import NOT_SET, Carrier, carrier


@carrier
class PatchOperation(Carrier):
    """One JSON Patch (RFC 6902) operation.

    A property reads as None when it is null or was never set; only the properties that are
    set (``fields_set``) are sent.

    Attributes:
        op (PatchOperationOp):
        path (str): The property to change, "/Tooltip" or "Person/Firstname" (case-insensitive).
        value (Any): The new value (add, replace) or the expected one (test).
    """

    op: PatchOperationOp = field(name="op")
    path: str = field(name="path")
    value: Any = field(name="value", default=NOT_SET)
