"""Known identity-provider shapes the SCIM library refuses, rewritten to their RFC 7644 form.

Entra ID removes group members with ``{"op": "Remove", "path": "members", "value": [{"value":
"<id>"}]}``, a remove with a value, which RFC 7644 §3.5.2.2 spells ``"path": "members[value eq
\\"<id>\\"]"`` (no value): one such operation per member.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["rfc_patch"]


def rfc_patch(body: bytes) -> bytes:
    """The PATCH body with Entra's member removals rewritten; any other body unchanged."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    operations = data.get("Operations") if isinstance(data, dict) else None
    if not isinstance(operations, list) or not any(map(_entra_removal, operations)):
        return body
    rewritten: list[Any] = []
    for operation in operations:
        if _entra_removal(operation):
            rewritten += [
                {"op": "remove", "path": f'members[value eq "{member["value"]}"]'}
                for member in operation["value"]
            ]
        else:
            rewritten.append(operation)
    return json.dumps({**data, "Operations": rewritten}).encode()


def _entra_removal(operation: Any) -> bool:
    return (
        isinstance(operation, dict)
        and str(operation.get("op", "")).lower() == "remove"
        and str(operation.get("path", "")).lower() == "members"
        and isinstance(operation.get("value"), list)
        and all(isinstance(m, dict) and isinstance(m.get("value"), str) and '"' not in m["value"]
                for m in operation["value"])
    )  # fmt: skip
