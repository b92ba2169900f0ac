"""The mock-only examples are needed, and only where predicted.

The contract suite makes Prism answer a valid example for operations whose
2xx schema has a shape Prism's static generator gets wrong
(:func:`~tests.contract.cases.prism_blind_spots`); every other operation gets
Prism's own data. This module asks a Prism *without* those examples and shows,
reason by reason, that the invalid body is Prism's: the request was valid, and
``sl-violations`` lists ``response`` locations (or the body cannot be parsed).
When a Prism upgrade fixes a shape, this fails and the prediction can shrink.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from devtools.prism import running_prism

from .calls import call_arguments, endpoint, violations
from .cases import Case, contract_cases
from .conftest import BASIC_AUTH, MockClient

CASES = [case for case in contract_cases() if case.mock_reasons and case.variant == "required-only"]


@pytest.fixture(scope="module")
async def plain_client() -> AsyncIterator[MockClient]:
    with running_prism() as base_url:
        async with httpx.AsyncClient(base_url=base_url, headers={"Authorization": BASIC_AUTH}) as http:
            yield MockClient(http)


def _parses(module: Any, client: MockClient, response: httpx.Response) -> bool:
    try:
        module._build_response(client=client, response=response)
    except (KeyError, TypeError, ValueError):
        return False
    return True


def test_some_operations_need_mock_examples() -> None:
    assert CASES, "no operation predicted to need a mock example: is prism_blind_spots still looking?"


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_prism_alone_answers_invalid_data(case: Case, plain_client: MockClient) -> None:
    module = endpoint(case)
    request = module._get_kwargs(**call_arguments(case, module.asyncio_detailed))
    response = await plain_client.get_async_httpx_client().request(**request)

    assert violations(response, "request") == []
    assert response.status_code == case.status
    found = violations(response, "response")
    for reason in case.mock_reasons:
        kind, _, detail = reason.partition(" ")
        if kind == "format":
            assert any(v["code"] == "format" and f'"{detail}"' in v["message"] for v in found), found
        elif kind == "oneOf":
            assert any(v["code"] == "oneOf" for v in found), found
        else:
            assert kind == "recursive", reason
            assert any(v["code"] == "required" for v in found) or not _parses(module, plain_client, response)
