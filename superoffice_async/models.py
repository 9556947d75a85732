"""The carriers of the User API, as generated from the spec.

Every property reads as ``X | None``: null and "never set" read the same (``$select`` nulls each
property that was not selected). What is sent is exactly what was set: ``fields_set`` names those
properties, a property set to None is sent as null, one never set is not sent. Enum-valued
properties hold the enum member; a value the spec does not list is kept as a member outside the
listed ones (``is_known`` is False, ``value`` is the raw string). Properties the spec does not
name are kept in ``additional_properties`` and sent back. The carriers are msgspec Structs; maps
(``StringDictionary``, ``FieldProperties``) are typed dicts.
"""

from ._generated import models as _models
from ._generated.models import *  # noqa: F403 - every carrier and enum of the spec
from ._generated.types import UNSET, OpenStrEnum, Unset

__all__ = ["UNSET", "OpenStrEnum", "Unset", *_models.__all__]
