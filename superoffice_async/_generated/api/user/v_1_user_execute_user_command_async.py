from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_action_result import CommandActionResult
from ...models.command_result import CommandResult
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    command_name: str,
    *,
    action_result: CommandActionResult | Unset = UNSET,
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

    json_action_result: str | Unset = UNSET
    if not isinstance(action_result, Unset):
        json_action_result = action_result.value

    params["actionResult"] = json_action_result

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/User/{id}/CustomCommand/{command_name}".format(
            id=quote(str(id), safe=""),
            command_name=quote(str(command_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommandResult | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CommandResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = response.json()
        if response_404 is not None:
            try:
                if not isinstance(response_404, dict):
                    raise TypeError()
                response_404_type_0 = ErrorBody.from_dict(response_404)

            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise TypeError(
                    f"response_404: expected ErrorBody | None, got {type(response_404).__name__}"
                ) from error
            response_404 = response_404_type_0

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommandResult | ErrorBody | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    command_name: str,
    *,
    client: AuthenticatedClient | Client,
    action_result: CommandActionResult | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[CommandResult | ErrorBody | None]:
    """Executes a custom command for User

     Executes a custom command for User. NsApiSlow threshold: 2000 ms.

    The reference leaves the 200 body undocumented (its "Response body" heading names
    TimeZoneData with no fields, a documentation artefact). This document decides it is a
    CommandResult, which is what the Agents twin `ExecuteUserCommand` returns for the same
    command.

    Args:
        id (int):
        command_name (str):
        action_result (CommandActionResult | Unset): Result of an action. Implicit = 0, Yes = 1,
            Ok = 2, No = 3, Cancel = 4.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResult | ErrorBody | ErrorBody | None]
    """

    kwargs = _get_kwargs(
        id=id,
        command_name=command_name,
        action_result=action_result,
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
    command_name: str,
    *,
    client: AuthenticatedClient | Client,
    action_result: CommandActionResult | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> CommandResult | ErrorBody | None:
    """Executes a custom command for User

     Executes a custom command for User. NsApiSlow threshold: 2000 ms.

    The reference leaves the 200 body undocumented (its "Response body" heading names
    TimeZoneData with no fields, a documentation artefact). This document decides it is a
    CommandResult, which is what the Agents twin `ExecuteUserCommand` returns for the same
    command.

    Args:
        id (int):
        command_name (str):
        action_result (CommandActionResult | Unset): Result of an action. Implicit = 0, Yes = 1,
            Ok = 2, No = 3, Cancel = 4.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResult | ErrorBody | ErrorBody | None
    """

    return sync_detailed(
        id=id,
        command_name=command_name,
        client=client,
        action_result=action_result,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    ).parsed


async def asyncio_detailed(
    id: int,
    command_name: str,
    *,
    client: AuthenticatedClient | Client,
    action_result: CommandActionResult | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[CommandResult | ErrorBody | None]:
    """Executes a custom command for User

     Executes a custom command for User. NsApiSlow threshold: 2000 ms.

    The reference leaves the 200 body undocumented (its "Response body" heading names
    TimeZoneData with no fields, a documentation artefact). This document decides it is a
    CommandResult, which is what the Agents twin `ExecuteUserCommand` returns for the same
    command.

    Args:
        id (int):
        command_name (str):
        action_result (CommandActionResult | Unset): Result of an action. Implicit = 0, Yes = 1,
            Ok = 2, No = 3, Cancel = 4.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandResult | ErrorBody | ErrorBody | None]
    """

    kwargs = _get_kwargs(
        id=id,
        command_name=command_name,
        action_result=action_result,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    command_name: str,
    *,
    client: AuthenticatedClient | Client,
    action_result: CommandActionResult | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> CommandResult | ErrorBody | None:
    """Executes a custom command for User

     Executes a custom command for User. NsApiSlow threshold: 2000 ms.

    The reference leaves the 200 body undocumented (its "Response body" heading names
    TimeZoneData with no fields, a documentation artefact). This document decides it is a
    CommandResult, which is what the Agents twin `ExecuteUserCommand` returns for the same
    command.

    Args:
        id (int):
        command_name (str):
        action_result (CommandActionResult | Unset): Result of an action. Implicit = 0, Yes = 1,
            Ok = 2, No = 3, Cancel = 4.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandResult | ErrorBody | ErrorBody | None
    """

    return (
        await asyncio_detailed(
            id=id,
            command_name=command_name,
            client=client,
            action_result=action_result,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
        )
    ).parsed
