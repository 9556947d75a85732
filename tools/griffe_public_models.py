"""Docs build: lets the API reference name every carrier by its public path.

``superoffice_async.models`` re-exports the generated carriers with ``from ._generated.models
import *``; the generated package imports them lazily (``TYPE_CHECKING`` imports and a module
``__getattr__``), which griffe does not count as wildcard-exposed. This griffe extension adds
``superoffice_async.models.X`` for every name the generated package exports, so that
``::: superoffice_async.models.User`` (and ``superoffice_async.User``) resolve.
"""

from __future__ import annotations

from typing import Any

import griffe

__all__ = ["PublicModels"]


class PublicModels(griffe.Extension):
    """Adds the generated carriers to ``superoffice_async.models`` once the package is loaded."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if pkg.path != "superoffice_async":
            return
        generated = pkg["_generated.models"]
        models = pkg["models"]
        for name in generated.exports or ():
            if name not in models.members:
                target = f"{generated.path}.{name}"
                models.set_member(name, griffe.Alias(name, target=target, parent=models))
