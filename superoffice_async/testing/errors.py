"""What goes wrong inside the sandbox, and SuperOffice's REST error body that reports it."""

from __future__ import annotations

from starlette.responses import JSONResponse

__all__ = [
    "BadInputError",
    "ConflictError",
    "NotFoundError",
    "PreconditionError",
    "error_response",
    "not_simulated",
]


class BadInputError(Exception):
    """The request's content is not acceptable: the sandbox answers 400."""


class ConflictError(Exception):
    """A JSON Patch ``test`` failed: the sandbox answers 409."""


class NotFoundError(Exception):
    """A REST operation names an entity that does not exist: the sandbox answers 404."""


class PreconditionError(Exception):
    """The entity changed since the caller's If-Unmodified-Since: the sandbox answers 412."""


def error_response(status: int, error_type: str, message: str) -> JSONResponse:
    """SuperOffice's REST error body."""
    body = {
        "Error": True,
        "ErrorType": error_type,
        "ErrorMessage": message,
        "ErrorSource": "SuperOffice.Sandbox",
    }
    return JSONResponse(body, status_code=status)


def not_simulated(operation_id: str) -> JSONResponse:
    """The 501 of an operation of the spec that the sandbox has no handler for."""
    return error_response(
        501, "SoNotImplementedException", f"{operation_id} is not simulated by the sandbox"
    )
