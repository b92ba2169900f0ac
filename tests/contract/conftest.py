"""Session fixtures: one Prism mock for the whole contract suite, and the clients pointing at it.

``client`` is the bare async endpoint client, ``sync_client`` the blocking
project client (:mod:`.sync_client`); ``project_client`` is a
:class:`~sinch_provisioning.ProvisioningClient`, for calls through the resources.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sinch_provisioning import BearerToken, ProvisioningClient

from devtools.prism import running_prism

from .cases import contract_cases, contract_spec, mock_examples
from .sync_client import SyncTestClient

# Made-up credentials: Prism only checks that an accepted scheme is present.
BASIC_AUTH = "Basic " + base64.b64encode(b"contract-key-id:contract-key-secret").decode()
BEARER_TOKEN = "contract-token"
# The project of every case (the description's example value).
PROJECT = "example"


class MockClient:
    """The two members the generated endpoint functions use, whatever client.py becomes."""

    raise_on_unexpected_status = False

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._http

    def __repr__(self) -> str:
        return f"MockClient(base_url={str(self._http.base_url)!r})"


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    with running_prism(examples=mock_examples(contract_cases(), contract_spec())) as base_url:
        yield base_url


@pytest.fixture(scope="session")
async def client(prism_url: str) -> AsyncIterator[MockClient]:
    async with httpx.AsyncClient(
        base_url=prism_url, headers={"Authorization": BASIC_AUTH}, timeout=30.0
    ) as http:
        yield MockClient(http)


@pytest.fixture(scope="session")
def sync_client(prism_url: str) -> Iterator[SyncTestClient]:
    with SyncTestClient(PROJECT, server=prism_url, auth=BearerToken(BEARER_TOKEN), timeout=30.0) as client:
        yield client


@pytest.fixture(scope="session")
async def project_client(prism_url: str) -> AsyncIterator[ProvisioningClient]:
    async with ProvisioningClient(
        PROJECT, server=prism_url, auth=BearerToken(BEARER_TOKEN), timeout=30.0
    ) as client:
        yield client
