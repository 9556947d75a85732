from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.string_dictionary import StringDictionary
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: User,
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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/User/Validate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | StringDictionary | None:
    if response.status_code == 200:
        response_200 = StringDictionary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | StringDictionary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: User,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | StringDictionary]:
    """Check that entity is ready for saving, return error messages by field.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (User): SuperOffice User, with login credentials and an associated person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StringDictionary]
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: User,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | StringDictionary | None:
    """Check that entity is ready for saving, return error messages by field.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (User): SuperOffice User, with login credentials and an associated person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StringDictionary
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: User,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | StringDictionary]:
    """Check that entity is ready for saving, return error messages by field.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (User): SuperOffice User, with login credentials and an associated person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StringDictionary]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: User,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | StringDictionary | None:
    """Check that entity is ready for saving, return error messages by field.

    Args:
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):
        body (User): SuperOffice User, with login credentials and an associated person.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StringDictionary
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
        )
    ).parsed
