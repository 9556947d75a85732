"""SCIM errors of the bridge, and every SuperOffice failure turned into one (no secret in it).

A SuperOffice error's message names the operation and SuperOffice's own error text, never a
credential (the SDK's errors are built that way); the SCIM error keeps that text only for a
400, where the identity provider needs it to fix the user, and says which side failed otherwise.
"""

from __future__ import annotations

from scim2_models import (
    ConflictException,
    ForbiddenException,
    InvalidValueException,
    NotFoundException,
    PreconditionFailedException,
    SCIMException,
)

from .. import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidArgumentError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    SuperOfficeError,
    TransportError,
)

__all__ = ["SuperOfficeUnavailable", "TooManyDeactivations", "scim_error"]


class TooManyDeactivations(SCIMException):
    """429: more deactivations in the window than the bridge allows; nothing was retired."""

    status = 429
    scim_type = ""
    _default_detail = "Too many deactivations"


class SuperOfficeUnavailable(SCIMException):
    """502/503/504: SuperOffice failed or could not be reached; the request may be retried."""

    status = 502
    scim_type = ""
    _default_detail = "SuperOffice did not answer as expected"


def scim_error(error: SuperOfficeError) -> SCIMException:
    """The SCIM error of a SuperOffice failure (see the module docstring)."""
    if isinstance(error, BadRequestError | InvalidArgumentError):
        detail = error.error_message if isinstance(error, APIStatusError) else None
        return InvalidValueException(detail=f"SuperOffice refused the change: {detail or error}")
    if isinstance(error, NotFoundError):
        return NotFoundException(detail="SuperOffice has no such user")
    if isinstance(error, PreconditionFailedError):
        return PreconditionFailedException(detail="the user changed in SuperOffice meanwhile")
    if isinstance(error, ConflictError):
        return ConflictException(detail="the user changed in SuperOffice meanwhile; retry")
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        return ForbiddenException(
            detail="the bridge's SuperOffice credentials were refused (see the bridge's log)"
        )
    unavailable = SuperOfficeUnavailable(detail="SuperOffice is unavailable; retry later")
    if isinstance(error, RateLimitError | TransportError):
        unavailable.status = 503
    return unavailable
