"""The JSON samples of the seed documentation pages, and how to pull them out of a page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parent / "data" / "seeds"
# The public documentation pages the samples come from, committed with the repository.
SEED_PAGES = Path(__file__).resolve().parent / "data" / "seed_pages"

_JSON_START = re.compile(r"^(\{|null)", re.MULTILINE)


def extract(page: str, kind: str) -> Any:
    """The first JSON value after the page's "Sample request" / "Sample response" heading."""
    start = page.find(f"Sample {kind}")
    found = _JSON_START.search(page, start) if start >= 0 else None
    if found is None:
        raise LookupError(f"no sample {kind}")
    value, _ = json.JSONDecoder().raw_decode(page, found.start())
    return value


def load(name: str) -> Any:
    """A committed sample, for example ``003_b70f638c30fcf8f5.response``."""
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))
