"""Answers decoded straight from their bytes (``Operation.decode``), and the slower path that
keeps what the spec does not name and names a mismatch by its path."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import msgspec
import orjson
import pytest
from pytest_httpx import HTTPXMock

from superoffice_async import ResponseValidationError, SuperOfficeClient
from superoffice_async._generated.operations import (
    OPERATIONS,
    V1_USER_AGENT_GET_ALL_ROLES,
    V1_USER_AGENT_GET_USER,
    V1_USER_PUT_USER,
)
from superoffice_async.calls.answer import parse_answer
from superoffice_async.models import UserWithLinks
from superoffice_async.network import WireResponse
from superoffice_async.operation import Operation
from superoffice_async.testing.data import seed_users
from superoffice_async.write_safety import was_read

from .conftest import API

JSON = {"content-type": "application/json; charset=utf-8"}


def _answer(body: Any) -> WireResponse:
    return WireResponse(200, JSON, orjson.dumps(body))


def _parse_refused(data: Any) -> Any:
    raise AssertionError("the answer fits the spec: it must not need the slower path")


def test_an_answer_that_fits_is_decoded_from_its_bytes_alone() -> None:
    fast = dataclasses.replace(V1_USER_PUT_USER, parse=_parse_refused)
    for raw in seed_users(20):
        assert parse_answer(fast, _answer(raw)) == UserWithLinks.from_dict(raw)


def test_a_list_answer_is_decoded_from_its_bytes_alone() -> None:
    fast = dataclasses.replace(V1_USER_AGENT_GET_ALL_ROLES, parse=_parse_refused)
    roles = parse_answer(fast, _answer([{"Id": 1, "Name": "Admin"}, {"Id": 2}]))
    assert [role.id for role in roles] == [1, 2]


def test_every_typed_answer_has_a_decoder_that_agrees_with_its_parser() -> None:
    samples: dict[str, Any] = {"bool": True, "int": 7, "str": "x", "list": [], "dict": {}}
    decoded = 0
    for operation in OPERATIONS:
        if operation.decode is None:
            continue
        for sample in samples.values():
            try:
                expected = operation.parse(sample)
            except (TypeError, ValueError):
                with pytest.raises(msgspec.DecodeError):
                    operation.decode(orjson.dumps(sample))
                continue
            assert operation.decode(orjson.dumps(sample)) == expected, operation.operation_id
            decoded += 1
    assert decoded >= 90  # one sample of the right shape for each of about a hundred


def test_an_unnamed_property_takes_the_slower_path_and_is_kept_where_it_was() -> None:
    seen: list[Any] = []

    def spy(data: Any) -> Any:
        seen.append(data)
        return V1_USER_PUT_USER.parse(data)

    operation: Operation[UserWithLinks] = dataclasses.replace(V1_USER_PUT_USER, parse=spy)
    body = {"AssociateId": 5, "Role": {"Id": 1, "RoleAddedLater": True}}
    user = parse_answer(operation, _answer(body))
    assert seen == [body]
    assert user.role is not None
    assert user.role.additional_properties == {"RoleAddedLater": True}
    assert user.to_dict() == body


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"Role": {"Id": "1"}}, "Role.Id: expected int | None, got str"),
        ({"Role": {"Id": 1, "Value": 2}, "Odd": 1}, "Role.Value: expected str | None, got int"),
        ({"OtherGroups": [{"Id": 1}, {"Id": True}]}, "OtherGroups[1].Id: expected int | None"),
        ({"Credentials": [{"Value": 1}]}, "Credentials[0].Value: expected str | None, got int"),
        ({"Type": ["Robot"]}, "Type: expected UserType (a string), got list"),
    ],
)
def test_a_wrong_type_in_a_nested_property_is_named_by_its_path(
    body: dict[str, Any], message: str
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        parse_answer(V1_USER_PUT_USER, _answer(body))
    assert f"v1User_PutUser: the answer does not match the spec: {message}" in str(caught.value)
    assert caught.value.operation_id == "v1User_PutUser"


def test_null_is_none_only_where_the_spec_allows_it() -> None:
    assert V1_USER_AGENT_GET_USER.nullable
    assert parse_answer(V1_USER_AGENT_GET_USER, _answer(None)) is None
    with pytest.raises(ResponseValidationError, match="empty or null"):
        parse_answer(V1_USER_PUT_USER, _answer(None))


def test_an_answer_that_is_not_json_is_named_as_such() -> None:
    broken = WireResponse(200, JSON, b'{"AssociateId": 5,')
    with pytest.raises(ResponseValidationError, match="not valid JSON"):
        parse_answer(V1_USER_PUT_USER, broken)


@pytest.mark.parametrize(
    "answer",
    [
        {"AssociateId": 5, "Tooltip": "old", "Role": {"Id": 1}},  # fits: decoded from bytes
        {"AssociateId": 5, "OtherGroups": [{"Id": 2}, {"Id": 3, "AddedLater": [1]}]},
    ],
)
async def test_a_read_is_marked_read_and_replaced_with_all_it_came_with(
    client: SuperOfficeClient, httpx_mock: HTTPXMock, answer: dict[str, Any]
) -> None:
    httpx_mock.add_response(method="GET", url=f"{API}/User/5", json=answer)
    httpx_mock.add_response(method="PUT", url=f"{API}/User/5", json=answer)
    user = await client.users.get(5)
    assert was_read(user)
    user.tooltip = "new"
    await client.users.put(5, user)
    sent = json.loads(httpx_mock.get_requests(method="PUT")[0].content)
    assert sent == {**answer, "Tooltip": "new"}  # nothing the server sent was dropped
