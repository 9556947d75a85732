"""The API reference names every public name: the packages' ``__all__`` lists, every error.

The expected names are read from ``__all__`` at test time, so a name added to (or moved
between) the public modules fails here, named, until the reference has an entry for it.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from superoffice_async import SuperOfficeError

REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "reference"
DIRECTIVE = re.compile(r"^::: (superoffice_async[\w.]*)\s*$", re.M)
PUBLIC = (
    "superoffice_async",
    "superoffice_async.models",
    "superoffice_async.sync",
    "superoffice_async.bulk",
    "superoffice_async.testing",
    "superoffice_async.scim",
)
# so.users and so.user_agent have no public import path: their classes are documented where
# they live.
INTERNAL = {
    "superoffice_async.users.UsersResource",
    "superoffice_async._generated.resources.UserAgentOperations",
}


def _resolve(path: str) -> object:
    try:
        return importlib.import_module(path)
    except ModuleNotFoundError:
        module, _, name = path.rpartition(".")
        return getattr(importlib.import_module(module), name)


def _documented() -> dict[str, object]:
    """Each reference entry's path, and the object it documents."""
    paths = {
        path
        for page in REFERENCE.glob("*.md")
        for path in DIRECTIVE.findall(page.read_text(encoding="utf-8"))
    }
    return {path: _resolve(path) for path in paths}


def _public_names() -> dict[str, object]:
    """``module.name`` for every name of the public modules' ``__all__`` (dunders aside)."""
    found = {}
    for module_name in PUBLIC:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            if not name.startswith("__"):
                found[f"{module_name}.{name}"] = getattr(module, name)
    return found


def _has_entry(path: str, value: object, documented: dict[str, object]) -> bool:
    """Documented at ``path``, or at another public path of the same object and name
    (``superoffice_async.User`` is ``superoffice_async.models.User``)."""
    name = path.rpartition(".")[2]
    return path in documented or any(
        other.rpartition(".")[2] == name and obj is value for other, obj in documented.items()
    )


def test_every_public_name_has_a_reference_entry() -> None:
    documented = _documented()
    missing = [p for p, v in _public_names().items() if not _has_entry(p, v, documented)]
    assert missing == [], f"no reference entry for {missing}"


def test_every_error_has_a_reference_entry() -> None:
    documented = _documented()
    errors = {
        path: value
        for path, value in _public_names().items()
        if isinstance(value, type) and issubclass(value, SuperOfficeError)
    }
    assert len(errors) > 35  # the SDK's errors and the sync's
    assert [p for p, v in errors.items() if not _has_entry(p, v, documented)] == []


def test_the_reference_uses_public_paths_only() -> None:
    # Internal module paths move with the package layout; the reference names what users import.
    for path in set(_documented()) - INTERNAL:
        module = path.rpartition(".")[0]
        # Documented by their own path: the plugin, the sent marker, and the sign-in rules
        # (where credentials may go, what a token must show, how often keys are fetched again).
        public_modules = {
            "superoffice_async.testing.pytest_plugin",
            "superoffice_async.sent",
            "superoffice_async.auth.trust",
            "superoffice_async.auth.token_validation.TOKEN_RULES",
            "superoffice_async.auth.token_validation.KEY_REFETCH_COOLDOWN",
        }
        assert module in PUBLIC or path in public_modules, path
