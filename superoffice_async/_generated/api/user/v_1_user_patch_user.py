from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.patch_operation import PatchOperation
from ...models.user_with_links import UserWithLinks
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: list[PatchOperation],
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_unmodified_since, Unset):
        headers["If-Unmodified-Since"] = if_unmodified_since

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/User/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | UserWithLinks | None:
    if response.status_code == 200:
        response_200 = UserWithLinks.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = ErrorBody.from_dict(response.json())

        return response_412

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
    body: list[PatchOperation],
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | UserWithLinks]:
    """Update a User with changes, as described in a JSON Patch document.

     Update a User with changes, as described in a JSON Patch (RFC 6902) or a JSON Merge Patch
    (RFC 7396) document. This document describes the JSON Patch form, which the WebAPI
    prefers: operations add, replace, remove and test (move and copy are not supported). The
    path is case insensitive and the leading slash is optional. Not idempotent: an `add` to
    an array appends.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (list[PatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserWithLinks]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        select=select,
        if_unmodified_since=if_unmodified_since,
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
    body: list[PatchOperation],
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | UserWithLinks | None:
    """Update a User with changes, as described in a JSON Patch document.

     Update a User with changes, as described in a JSON Patch (RFC 6902) or a JSON Merge Patch
    (RFC 7396) document. This document describes the JSON Patch form, which the WebAPI
    prefers: operations add, replace, remove and test (move and copy are not supported). The
    path is case insensitive and the leading slash is optional. Not idempotent: an `add` to
    an array appends.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (list[PatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UserWithLinks
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        select=select,
        if_unmodified_since=if_unmodified_since,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[PatchOperation],
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | UserWithLinks]:
    """Update a User with changes, as described in a JSON Patch document.

     Update a User with changes, as described in a JSON Patch (RFC 6902) or a JSON Merge Patch
    (RFC 7396) document. This document describes the JSON Patch form, which the WebAPI
    prefers: operations add, replace, remove and test (move and copy are not supported). The
    path is case insensitive and the leading slash is optional. Not idempotent: an `add` to
    an array appends.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (list[PatchOperation]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserWithLinks]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        select=select,
        if_unmodified_since=if_unmodified_since,
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
    body: list[PatchOperation],
    select: str | Unset = UNSET,
    if_unmodified_since: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | UserWithLinks | None:
    """Update a User with changes, as described in a JSON Patch document.

     Update a User with changes, as described in a JSON Patch (RFC 6902) or a JSON Merge Patch
    (RFC 7396) document. This document describes the JSON Patch form, which the WebAPI
    prefers: operations add, replace, remove and test (move and copy are not supported). The
    path is case insensitive and the leading slash is optional. Not idempotent: an `add` to
    an array appends.

    Args:
        id (int):
        select (str | Unset):
        if_unmodified_since (str | Unset):
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (list[PatchOperation]):

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
            body=body,
            select=select,
            if_unmodified_since=if_unmodified_since,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
        )
    ).parsed
