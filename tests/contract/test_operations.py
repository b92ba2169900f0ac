"""Every operation of the description, called against Prism through both drivers.

Prism validates each request against the description and reports what it
found in the ``sl-violations`` response header. A case passes when Prism found
nothing wrong with the request, answered the documented 2xx, and the body
parsed into the documented model (``None`` for a response without a body).
Each case runs through the generated ``asyncio_detailed`` and ``sync_detailed``
functions, and through the resource methods of the async client and of the
blocking one (which raise for anything but the documented 2xx, including the
422 Prism answers to a request it rejects).
"""

from __future__ import annotations

from typing import Any

import pytest
from sinch_provisioning import ProvisioningClient

from codegen.normalise import iter_operations

from .calls import call_arguments, endpoint, model, violations
from .cases import Case, contract_cases, contract_spec
from .conftest import PROJECT, MockClient
from .sync_client import SyncTestClient

CASES = contract_cases()


def test_every_operation_has_both_variants() -> None:
    every = {(path, method) for path, method, _ in iter_operations(contract_spec())}
    for variant in ("required-only", "all-fields"):
        assert {(c.path, c.method) for c in CASES if c.variant.startswith(variant)} == every
    assert len({(case.tag, case.module) for case in CASES}) == len(every)


def check_detailed(case: Case, response: Any) -> None:
    where = f"{case.method.upper()} {case.path}"
    assert violations(response, "request") == [], f"Prism rejected the request of {where}"
    assert response.status_code == case.status, response.content[:500]
    assert violations(response, "response") == [], f"the mock's answer for {where} breaks the schema"
    check_result(case, response.parsed)


def check_result(case: Case, result: Any) -> None:
    if case.response_models:
        expected = tuple(model(name) for name in case.response_models)
        assert isinstance(result, expected), type(result)
    else:
        assert result is None


def resource_call(case: Case, client: ProvisioningClient | SyncTestClient) -> Any:
    """The case as a call of ``client.<tag>.<operation>``: the project comes from the client."""
    method = getattr(getattr(client, case.tag), case.module)
    kwargs = call_arguments(case, endpoint(case).sync)
    assert kwargs.pop("project_id") == PROJECT
    return method(**kwargs)


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_operation_async(case: Case, client: MockClient) -> None:
    function = endpoint(case).asyncio_detailed
    check_detailed(case, await function(client=client, **call_arguments(case, function)))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_operation_sync(case: Case, sync_client: SyncTestClient) -> None:
    function = endpoint(case).sync_detailed
    check_detailed(case, function(client=sync_client, **call_arguments(case, function)))


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_resource_method_async(case: Case, project_client: ProvisioningClient) -> None:
    check_result(case, await resource_call(case, project_client))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_resource_method_sync(case: Case, sync_client: SyncTestClient) -> None:
    check_result(case, resource_call(case, sync_client))
