from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bundles_bundles_dto import BundlesBundlesDto
from ...models.bundles_papi_error_dto import BundlesPapiErrorDto
from ...types import Response


def _get_kwargs(
    project_id: str,
    bundle_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_id}/bundles/{bundle_id}".format(
            project_id=quote(str(project_id), safe=""),
            bundle_id=quote(str(bundle_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundlesBundlesDto | BundlesPapiErrorDto | None:
    if response.status_code == 200:
        response_200 = BundlesBundlesDto.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BundlesPapiErrorDto.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BundlesPapiErrorDto.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = BundlesPapiErrorDto.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = BundlesPapiErrorDto.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BundlesBundlesDto | BundlesPapiErrorDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BundlesBundlesDto | BundlesPapiErrorDto]:
    """
    Args:
        project_id (str):
        bundle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundlesBundlesDto | BundlesPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        bundle_id=bundle_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BundlesBundlesDto | BundlesPapiErrorDto | None:
    """
    Args:
        project_id (str):
        bundle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundlesBundlesDto | BundlesPapiErrorDto
    """

    return sync_detailed(
        project_id=project_id,
        bundle_id=bundle_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BundlesBundlesDto | BundlesPapiErrorDto]:
    """
    Args:
        project_id (str):
        bundle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundlesBundlesDto | BundlesPapiErrorDto]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        bundle_id=bundle_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BundlesBundlesDto | BundlesPapiErrorDto | None:
    """
    Args:
        project_id (str):
        bundle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundlesBundlesDto | BundlesPapiErrorDto
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            bundle_id=bundle_id,
            client=client,
        )
    ).parsed
