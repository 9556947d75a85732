from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.o_data_mode import ODataMode
from ...models.o_data_output import ODataOutput
from ...models.o_data_slim_response import ODataSlimResponse
from ...models.v1_user_get_all_format import V1UserGetAllFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    entities: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    mode: ODataMode | Unset = UNSET,
    options: str | Unset = UNSET,
    context: str | Unset = UNSET,
    format_: V1UserGetAllFormat | Unset = UNSET,
    json_safe: bool | Unset = UNSET,
    output: ODataOutput | Unset = UNSET,
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

    params["$filter"] = filter_

    params["$orderBy"] = order_by

    params["$entities"] = entities

    params["$top"] = top

    params["$skip"] = skip

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["$mode"] = json_mode

    params["$options"] = options

    params["$context"] = context

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["$format"] = json_format_

    params["$jsonSafe"] = json_safe

    json_output: str | Unset = UNSET
    if not isinstance(output, Unset):
        json_output = output.value

    params["$output"] = json_output

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/User",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ODataSlimResponse | None:
    if response.status_code == 200:
        response_200 = ODataSlimResponse.from_dict(response.json())

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
) -> Response[ErrorBody | ODataSlimResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    entities: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    mode: ODataMode | Unset = UNSET,
    options: str | Unset = UNSET,
    context: str | Unset = UNSET,
    format_: V1UserGetAllFormat | Unset = UNSET,
    json_safe: bool | Unset = UNSET,
    output: ODataOutput | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | ODataSlimResponse]:
    """OData list of all User.

     OData list of all User, from the "AllUsers" archive. Can be sorted and further filtered
    using OData conventions. The page documents no paging limits; the SDK pages with
    `$top`/`$skip` (and follows `odata.nextLink` when the server sends one).

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):
        entities (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        mode (ODataMode | Unset): FULL (raw values and hints) or SLIM (display values). The OData
            page lists Slim and Full only.
        options (str | Unset):
        context (str | Unset):
        format_ (V1UserGetAllFormat | Unset):
        json_safe (bool | Unset):
        output (ODataOutput | Unset): Logical or Display values in SLIM mode.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ODataSlimResponse]
    """

    kwargs = _get_kwargs(
        select=select,
        filter_=filter_,
        order_by=order_by,
        entities=entities,
        top=top,
        skip=skip,
        mode=mode,
        options=options,
        context=context,
        format_=format_,
        json_safe=json_safe,
        output=output,
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
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    entities: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    mode: ODataMode | Unset = UNSET,
    options: str | Unset = UNSET,
    context: str | Unset = UNSET,
    format_: V1UserGetAllFormat | Unset = UNSET,
    json_safe: bool | Unset = UNSET,
    output: ODataOutput | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | ODataSlimResponse | None:
    """OData list of all User.

     OData list of all User, from the "AllUsers" archive. Can be sorted and further filtered
    using OData conventions. The page documents no paging limits; the SDK pages with
    `$top`/`$skip` (and follows `odata.nextLink` when the server sends one).

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):
        entities (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        mode (ODataMode | Unset): FULL (raw values and hints) or SLIM (display values). The OData
            page lists Slim and Full only.
        options (str | Unset):
        context (str | Unset):
        format_ (V1UserGetAllFormat | Unset):
        json_safe (bool | Unset):
        output (ODataOutput | Unset): Logical or Display values in SLIM mode.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ODataSlimResponse
    """

    return sync_detailed(
        client=client,
        select=select,
        filter_=filter_,
        order_by=order_by,
        entities=entities,
        top=top,
        skip=skip,
        mode=mode,
        options=options,
        context=context,
        format_=format_,
        json_safe=json_safe,
        output=output,
        accept_language=accept_language,
        so_language=so_language,
        so_culture=so_culture,
        so_time_zone=so_time_zone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    entities: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    mode: ODataMode | Unset = UNSET,
    options: str | Unset = UNSET,
    context: str | Unset = UNSET,
    format_: V1UserGetAllFormat | Unset = UNSET,
    json_safe: bool | Unset = UNSET,
    output: ODataOutput | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> Response[ErrorBody | ODataSlimResponse]:
    """OData list of all User.

     OData list of all User, from the "AllUsers" archive. Can be sorted and further filtered
    using OData conventions. The page documents no paging limits; the SDK pages with
    `$top`/`$skip` (and follows `odata.nextLink` when the server sends one).

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):
        entities (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        mode (ODataMode | Unset): FULL (raw values and hints) or SLIM (display values). The OData
            page lists Slim and Full only.
        options (str | Unset):
        context (str | Unset):
        format_ (V1UserGetAllFormat | Unset):
        json_safe (bool | Unset):
        output (ODataOutput | Unset): Logical or Display values in SLIM mode.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ODataSlimResponse]
    """

    kwargs = _get_kwargs(
        select=select,
        filter_=filter_,
        order_by=order_by,
        entities=entities,
        top=top,
        skip=skip,
        mode=mode,
        options=options,
        context=context,
        format_=format_,
        json_safe=json_safe,
        output=output,
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
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    entities: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    mode: ODataMode | Unset = UNSET,
    options: str | Unset = UNSET,
    context: str | Unset = UNSET,
    format_: V1UserGetAllFormat | Unset = UNSET,
    json_safe: bool | Unset = UNSET,
    output: ODataOutput | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    so_language: str | Unset = UNSET,
    so_culture: str | Unset = UNSET,
    so_time_zone: str | Unset = UNSET,
) -> ErrorBody | ODataSlimResponse | None:
    """OData list of all User.

     OData list of all User, from the "AllUsers" archive. Can be sorted and further filtered
    using OData conventions. The page documents no paging limits; the SDK pages with
    `$top`/`$skip` (and follows `odata.nextLink` when the server sends one).

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        order_by (str | Unset):
        entities (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        mode (ODataMode | Unset): FULL (raw values and hints) or SLIM (display values). The OData
            page lists Slim and Full only.
        options (str | Unset):
        context (str | Unset):
        format_ (V1UserGetAllFormat | Unset):
        json_safe (bool | Unset):
        output (ODataOutput | Unset): Logical or Display values in SLIM mode.
        accept_language (str | Unset):
        so_language (str | Unset):
        so_culture (str | Unset):
        so_time_zone (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ODataSlimResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            select=select,
            filter_=filter_,
            order_by=order_by,
            entities=entities,
            top=top,
            skip=skip,
            mode=mode,
            options=options,
            context=context,
            format_=format_,
            json_safe=json_safe,
            output=output,
            accept_language=accept_language,
            so_language=so_language,
            so_culture=so_culture,
            so_time_zone=so_time_zone,
        )
    ).parsed
