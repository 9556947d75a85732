"""Every JSON sample of the seed pages parses into its carrier and serializes back unchanged."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from superoffice_async.models import (
    CommandActionResult,
    CommandResult,
    ExecuteUserCommandRequest,
    SaveUserFromNameRequest,
    User,
    UserType,
    UserWithLinks,
)

from .seed_samples import SAMPLES, SEED_PAGES, extract, load

CARRIERS: dict[str, Any] = {
    "002_f4b4355187c606fc.request": ExecuteUserCommandRequest,
    "002_f4b4355187c606fc.response": CommandResult,
    "003_b70f638c30fcf8f5.request": User,
    "003_b70f638c30fcf8f5.response": UserWithLinks,
    "004_4a28e23eca8c6f64.request": SaveUserFromNameRequest,
    "004_4a28e23eca8c6f64.response": User,
}


def _same_instant(value: Any) -> Any:
    """Date-times compare as instants: Python keeps 6 fractional digits, SuperOffice sends 7."""
    if isinstance(value, dict):
        return {k: _same_instant(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_same_instant(v) for v in value]
    if isinstance(value, str) and len(value) > 19 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@pytest.mark.parametrize("name", sorted(CARRIERS))
def test_sample_round_trips(name: str) -> None:
    sample = load(name)
    model = CARRIERS[name].from_dict(sample)
    assert _same_instant(model.to_dict()) == _same_instant(sample)


def test_committed_samples_are_the_seed_pages_samples() -> None:
    assert SEED_PAGES.is_dir(), f"the seed pages are expected at {SEED_PAGES}"
    committed = {p.name.removesuffix(".json") for p in SAMPLES.glob("*.json")}
    for name in committed:
        page_name, kind = name.rsplit(".", 1)
        page = (SEED_PAGES / f"{page_name}.txt").read_text(encoding="utf-8")
        assert extract(page, kind) == load(name), name
    assert set(CARRIERS) | {"000_a2df10109cec6f54.response"} == committed


def test_sample_values_are_typed() -> None:
    user = UserWithLinks.from_dict(load("003_b70f638c30fcf8f5.response"))
    assert user.associate_id == 539
    assert user.type_ is UserType.ANONYMOUSASSOCIATE
    assert isinstance(user.lastlogin, datetime)
    assert user.lastlogin.utcoffset() is not None
    assert user.role is None
    assert user.field_links is not None
    assert user.field_links["Self"] == "https://www.example.com/api/v1/contact/321"
    assert user.custom_fields is not None
    assert user.custom_fields["CustomFields1"] == "nobis"
    assert user.ticket_categories
    assert user.ticket_categories[0].child_items
    result = CommandResult.from_dict(load("002_f4b4355187c606fc.response"))
    assert result.result is CommandActionResult.CANCEL
    assert result.field_properties is not None
    assert result.field_properties["fieldName"].field_length == 396  # type: ignore[union-attr]


def test_every_field_null_parses() -> None:
    sample = load("003_b70f638c30fcf8f5.response")
    nulled = dict.fromkeys(sample)
    user = UserWithLinks.from_dict(nulled)
    assert user.to_dict() == nulled
    assert all(getattr(user, f) is None for f in ("name", "role", "lastlogin", "type_"))


def test_unknown_enum_value_is_kept_as_text() -> None:
    user = User.from_dict({"Type": "QuantumAssociate"})
    assert user.type_ == "QuantumAssociate"
    assert user.to_dict() == {"Type": "QuantumAssociate"}
