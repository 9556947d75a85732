"""Identity providers' known PATCH shapes that the SCIM library refuses, rewritten to their
RFC 7644 form before it reads them (each is what Microsoft Entra ID sends):

- a member removal with a value, ``{"op": "Remove", "path": "members", "value": [{"value":
  "<id>"}]}``, which RFC 7644 §3.5.2.2 spells ``"path": "members[value eq \\"<id>\\"]"`` with
  no value: one such operation per member;
- the enterprise ``manager`` as a bare id, ``{"op": "Add", "path": "...:manager", "value":
  "<id>"}``, which is the complex ``{"value": "<id>"}``.

Any other body passes unchanged (byte for byte).
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["rfc_patch"]

_MANAGER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:manager"


def rfc_patch(body: bytes) -> bytes:
    """The PATCH body with the shapes above rewritten; any other body unchanged."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    operations = data.get("Operations") if isinstance(data, dict) else None
    if not isinstance(operations, list):
        return body
    rewritten = [new for operation in operations for new in _rewritten(operation)]
    if rewritten == operations:
        return body
    return json.dumps({**data, "Operations": rewritten}).encode()


def _rewritten(operation: Any) -> list[Any]:
    if not isinstance(operation, dict):
        return [operation]
    op = str(operation.get("op", "")).lower()
    path = str(operation.get("path", "")).lower()
    value = operation.get("value")
    if op == "remove" and path == "members" and isinstance(value, list) and _member_ids(value):
        return [{"op": "remove", "path": f'members[value eq "{m["value"]}"]'} for m in value]
    if op in ("add", "replace") and path == _MANAGER and isinstance(value, str):
        return [{**operation, "value": {"value": value}}]
    return [operation]


def _member_ids(value: list[Any]) -> bool:
    """Every item is ``{"value": "<id>"}`` with an id that can stand in a filter."""
    return all(
        isinstance(m, dict) and isinstance(m.get("value"), str) and '"' not in m["value"]
        for m in value
    )
