"""What to say when the sandbox's own libraries (the ``[sandbox]`` extra) are not installed."""

from __future__ import annotations

__all__ = ["SANDBOX_MODULES", "missing_sandbox_module", "sandbox_missing"]

SANDBOX_MODULES = frozenset(("starlette", "uvicorn", "jwt", "cryptography"))
"""Top-level modules the sandbox imports that plain ``pip install .`` does not bring."""


def sandbox_missing(module: str | None) -> str:
    """The message for a missing sandbox library: what is missing and the install that adds it.

    The package is not on PyPI: the extra is installed from a checkout (or its Git URL).
    """
    return (
        f"the sandbox needs the [sandbox] extra ({module or 'a library'} is missing): from a "
        "checkout of superoffice-async, pip install '.[sandbox]' (or 'make setup', which "
        "installs every extra into .venv)"
    )


def missing_sandbox_module(error: ModuleNotFoundError) -> str | None:
    """The sandbox library whose absence ``error`` reports, or None for any other module."""
    top = (error.name or "").partition(".")[0]
    return top if top in SANDBOX_MODULES else None
