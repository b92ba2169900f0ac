"""Every operation through both SDK clients against Prism: ``asyncio_detailed`` with
``ProvisioningClient`` and ``sync_detailed`` with ``SyncProvisioningClient``.

``test_operations`` proves the generated functions against the description with a
bare httpx client; this proves the two clients carry every call the same way
(auth, guards, retries layer, parsing), 90 operations each.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from sinch_provisioning import ProvisioningClient, SyncProvisioningClient

from .calls import call_arguments, endpoint, model, violations
from .cases import Case, contract_cases

CASES = contract_cases()
SETTINGS: dict[str, Any] = {
    "key_id": "contract-key-id",
    "key_secret": "contract-key-secret",
    "auth": "basic",
    "raise_on_unexpected_status": False,
    "max_retries": 0,
    "timeout": 30.0,
}


@pytest.fixture(scope="session")
def sync_client(prism_url: str) -> Iterator[SyncProvisioningClient]:
    with SyncProvisioningClient("contract-project", server=prism_url, **SETTINGS) as client:
        yield client


@pytest.fixture(scope="session")
async def async_client(prism_url: str) -> AsyncIterator[ProvisioningClient]:
    async with ProvisioningClient("contract-project", server=prism_url, **SETTINGS) as client:
        yield client


def check(case: Case, response: Any) -> None:
    where = f"{case.method.upper()} {case.path}"
    assert violations(response, "request") == [], f"Prism rejected the request of {where}"
    assert response.status_code == case.status, response.content[:500]
    if case.response_models:
        expected = tuple(model(name) for name in case.response_models)
        assert isinstance(response.parsed, expected), type(response.parsed)
    else:
        assert response.parsed is None


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_operation_sync(case: Case, sync_client: SyncProvisioningClient) -> None:
    function = endpoint(case).sync_detailed
    check(case, function(client=sync_client, **call_arguments(case, function)))


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_operation_async(case: Case, async_client: ProvisioningClient) -> None:
    function = endpoint(case).asyncio_detailed
    check(case, await function(client=async_client, **call_arguments(case, function)))
