"""Counting what an API document declares, by a plain walk (independent of tools/spec_reader)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

METHODS = ("get", "put", "post", "delete", "patch")


def operation_count(*documents: Path) -> int:
    """How many operations (path and method pairs) the documents declare together."""
    total = 0
    for document in documents:
        text = document.read_text(encoding="utf-8")
        data = json.loads(text) if document.suffix == ".json" else yaml.safe_load(text)
        total += sum(method in METHODS for item in data["paths"].values() for method in item)
    return total
