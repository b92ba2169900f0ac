"""Every operation of the description, called through its generated ``asyncio_detailed`` against Prism.

Prism validates each request against the description and reports what it
found in the ``sl-violations`` response header. A case passes when Prism found
nothing wrong with the request, answered the documented 2xx, and the body
parsed into the documented model (``None`` for a response without a body).
"""

from __future__ import annotations

import pytest

from codegen.normalise import iter_operations

from .calls import call_arguments, endpoint, model, violations
from .cases import Case, contract_cases, contract_spec
from .conftest import MockClient

CASES = contract_cases()


def test_every_operation_has_both_variants() -> None:
    every = {(path, method) for path, method, _ in iter_operations(contract_spec())}
    for variant in ("required-only", "all-fields"):
        assert {(c.path, c.method) for c in CASES if c.variant.startswith(variant)} == every
    assert len({(case.tag, case.module) for case in CASES}) == len(every)


@pytest.mark.asyncio(loop_scope="session")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_operation(case: Case, client: MockClient) -> None:
    function = endpoint(case).asyncio_detailed
    response = await function(client=client, **call_arguments(case, function))

    where = f"{case.method.upper()} {case.path}"
    assert violations(response, "request") == [], f"Prism rejected the request of {where}"
    assert response.status_code == case.status, response.content[:500]
    assert violations(response, "response") == [], f"the mock's answer for {where} breaks the schema"
    if case.response_models:
        expected = tuple(model(name) for name in case.response_models)
        assert isinstance(response.parsed, expected), type(response.parsed)
    else:
        assert response.parsed is None
