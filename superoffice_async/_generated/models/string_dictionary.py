from __future__ import annotations

StringDictionary = dict[str, str]
"""Values by name."""
