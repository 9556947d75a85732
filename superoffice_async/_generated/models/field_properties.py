from __future__ import annotations

from ..models.field_property import FieldProperty

FieldProperties = dict[str, FieldProperty | None]
"""Field property dictionary mapping field names to field access rights."""
