"""Tests without a server: the client over an httpx transport that answers from the test."""

from __future__ import annotations

import httpx
import pytest
from directory import display_name
from pytest_httpx import HTTPXMock

from superoffice_async import BasicAuth, SuperOfficeClient

SITE = "https://sod2.superoffice.com/Cust12345"


@pytest.mark.asyncio
async def test_with_pytest_httpx(httpx_mock: HTTPXMock) -> None:
    # pytest-httpx answers every request made through httpx.AsyncHTTPTransport.
    httpx_mock.add_response(
        url=f"{SITE}/api/v1/User/5",
        json={"AssociateId": 5, "Name": "ADA", "Person": {"Firstname": "Ada"}},
    )
    transport = httpx.AsyncHTTPTransport()
    async with SuperOfficeClient(SITE, auth=BasicAuth("u", "p"), transport=transport) as so:
        assert await display_name(so, 5) == "Ada (ADA)"
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"].startswith("Basic ")


@pytest.mark.asyncio
async def test_with_mock_transport() -> None:
    # httpx.MockTransport: a function answers each request; here, no such user.
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/Cust12345/api/v1/User/7"
        error = {"ErrorType": "SoNotFoundException", "Message": "no user 7"}
        return httpx.Response(404, json=error)

    transport = httpx.MockTransport(answer)
    async with SuperOfficeClient(SITE, auth=BasicAuth("u", "p"), transport=transport) as so:
        assert await display_name(so, 7) == "unknown"
