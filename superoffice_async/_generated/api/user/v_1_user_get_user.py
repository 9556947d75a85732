from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.user_with_links import UserWithLinks
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    select: str | Unset = UNSET,
    fk: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(so_language, Unset):
        headers["SO-Language"] = so_language

    if not isinstance(so_culture, Unset):
        headers["SO-Culture"] = so_culture

    if not isinstance(so_time_zone, Unset):
        headers["SO-TimeZone"] = so_time_zone

    params: dict[str, Any] = {}

    params["$select"] = select

    params["fk"] = fk

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/User/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | UserWithLinks | None:
    if response.status_code == 200:
        response_200 = UserWithLinks.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | UserWithLinks]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    fk: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | UserWithLinks]:
    """Gets a User object.

     Gets a User object. Calls the User agent service GetUser.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserWithLinks]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
        fk=fk,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    fk: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | UserWithLinks | None:
    """Gets a User object.

     Gets a User object. Calls the User agent service GetUser.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UserWithLinks
    """

    return sync_detailed(
        id=id,
        client=client,
        select=select,
        fk=fk,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    fk: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | UserWithLinks]:
    """Gets a User object.

     Gets a User object. Calls the User agent service GetUser.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserWithLinks]
    """

    kwargs = _get_kwargs(
        id=id,
        select=select,
        fk=fk,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    fk: bool | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | UserWithLinks | None:
    """Gets a User object.

     Gets a User object. Calls the User agent service GetUser.

    Args:
        id (int):
        select (str | Unset):
        fk (bool | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UserWithLinks
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            select=select,
            fk=fk,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
        )
    ).parsed
