"""Drive any operation of the spec through its typed SDK method, with valid synthesized arguments.

``await drive(client, operation)`` builds one valid value for each of the operation's generated
``Param``s (from its kind, range, pattern and choices), calls the typed method by name
(``client.users.get`` or ``client.user_agent.get_user``) and returns what it returned. Used by
the Prism contract test (every operation's request conforms to the spec) and usable against the
sandbox (every operation reachable through the SDK). ``arguments(operation)`` gives the values
alone, for a test that wants to change one of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from superoffice_async import SuperOfficeClient
from superoffice_async._generated.resources import RESOURCE_ATTRIBUTES
from superoffice_async._generated.spec_facts import CARRIER_PROPERTIES
from superoffice_async.operation import Operation, Param
from superoffice_async.patch import UserPatch

SAMPLE_INT = 5
SAMPLE_TEXT = "sample"

Special = Callable[[SuperOfficeClient], Any]

SPECIAL: dict[str, Special] = {
    # The generated ``_patch`` takes raw PatchOperation carriers; the public method takes a
    # checked UserPatch (and a datetime or HTTP date for If-Unmodified-Since).
    "v1User_PatchUser": lambda so: so.users.patch(
        SAMPLE_INT,
        UserPatch().replace("Tooltip", "Lead").test("Rank", 3).remove("Person/MiddleName"),
        if_unmodified_since="Wed, 21 Oct 2015 07:28:00 GMT",
        select="Name",
    ),
}
"""Operations whose typed method is wrapped by a hand-written one with other arguments."""


def sample(param: Param, select_carrier: str | None) -> Any:
    """One valid value for ``param`` (None for a $select without a carrier)."""
    kind = param.kind
    if kind == "select":
        if select_carrier is None:
            return None
        return [next(iter(CARRIER_PROPERTIES[select_carrier]))]
    if kind in ("int", "int_list"):
        value = _int(param)
        return value if kind == "int" else [value]
    if kind in ("str", "str_list"):
        value = _text(param)
        return value if kind == "str" else [value]
    if kind == "bool":
        return True
    if kind == "replace":
        return True  # a synthesized carrier was not read from the server: the replace is meant
    if kind in ("enum", "enum_list"):
        member = list(_type(param))[-1]
        return member if kind == "enum" else [member]
    if kind == "carrier":
        return _type(param)()
    if kind == "carrier_list":
        return [_type(param)()]
    if kind == "map":
        return {"key": "value"}
    raise AssertionError(f"{param.python}: no sample for kind {kind!r}")


def _type(param: Param) -> Any:
    """The parameter's generated class (operation facts name it; models load on first use)."""
    from superoffice_async._generated import models

    return getattr(models, param.type) if isinstance(param.type, str) else param.type


def _int(param: Param) -> int:
    low = param.minimum if param.minimum is not None else 0
    high = param.maximum if param.maximum is not None else 2**31 - 1
    return min(max(SAMPLE_INT, low), high)


def _text(param: Param) -> str:
    if param.choices:
        return param.choices[0]
    text = SAMPLE_TEXT
    if param.pattern is not None:
        assert re.search(param.pattern, text), f"{param.python}: sample must match {param.pattern}"
    return text


def arguments(operation: Operation[Any]) -> dict[str, Any]:
    """Keyword arguments of the typed method: a valid value for every parameter."""
    return {p.python: sample(p, operation.select_carrier) for p in operation.params}


def method_of(client: SuperOfficeClient, operation: Operation[Any]) -> Callable[..., Any]:
    """The typed method of ``operation`` on ``client``."""
    resource: Any = getattr(client, RESOURCE_ATTRIBUTES[operation.tag])
    method: Callable[..., Any] = getattr(resource, operation.method_name)
    return method


async def drive(client: SuperOfficeClient, operation: Operation[Any]) -> Any:
    """Call ``operation`` through its typed method with synthesized arguments."""
    special = SPECIAL.get(operation.operation_id)
    if special is not None:
        return await special(client)
    return await method_of(client, operation)(**arguments(operation))
