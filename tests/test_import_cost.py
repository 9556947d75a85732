"""Importing the client loads only what defining it needs; the rest comes when a client is made.

Checked by what a fresh interpreter has in ``sys.modules``, never by timing (``make bench``
measures the time).
"""

from __future__ import annotations

import subprocess
import sys

LATER = (
    "aiohttp",
    "httpx",
    "msgspec",
    "orjson",
    "difflib",
    "email.utils",
    "superoffice_async._generated.operations",
    "superoffice_async._generated.resources",
    "superoffice_async._generated.types",
    "superoffice_async.calls.pipeline",
    "superoffice_async.users",
)
"""Modules the request path, the typed methods and the network need, and the rare paths."""


def _loaded(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(done.stdout.split())


def test_importing_the_client_loads_neither_the_request_path_nor_the_network() -> None:
    loaded = _loaded("from superoffice_async import SuperOfficeClient, BasicAuth")
    assert "superoffice_async.client" in loaded
    assert not loaded & set(LATER)


def test_making_a_client_loads_the_request_path_and_its_methods() -> None:
    loaded = _loaded(
        "from superoffice_async import SuperOfficeClient, BasicAuth\n"
        "class Network:  # a NetworkTransport that is never used\n"
        "    async def send(self, request, *, timeouts, max_body): raise NotImplementedError\n"
        "    async def aclose(self): pass\n"
        "so = SuperOfficeClient('https://sod.example/Cust1', auth=BasicAuth('a', 'b'),"
        " transport=Network())\n"
        "assert so.users.get and so.user_agent.get_user"
    )
    assert {
        "superoffice_async._generated.operations",
        "superoffice_async._generated.resources",
        "superoffice_async.calls.pipeline",
        "superoffice_async.users",
    } <= loaded
