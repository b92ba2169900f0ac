"""Against the Prism mock: documented error statuses parse into the typed errors.

Prism answers the status a request asks for with ``Prefer: code=NNN``, using the
error schema the spec documents for it. One operation per tag, every error
status it documents; the statuses come from the spec at test time.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contract.calls import call_arguments, endpoint
from contract.cases import Case, contract_cases, contract_spec
from sinch_provisioning._errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FailedDependencyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
)

from devtools.prism import running_prism

EXPECTED: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    424: FailedDependencyError,
    429: RateLimitError,
}


def _error_statuses(case: Case) -> list[int]:
    operation = contract_spec()["paths"][case.path][case.method]
    return sorted(int(code) for code in operation["responses"] if code.isdigit() and int(code) >= 400)


def _sample() -> list[tuple[Case, int]]:
    first_per_tag: dict[str, Case] = {}
    for case in contract_cases():
        if case.variant.startswith("required-only"):
            first_per_tag.setdefault(case.tag, case)
    return [(case, status) for case in first_per_tag.values() for status in _error_statuses(case)]


SAMPLE = _sample()


class MockClient:
    raise_on_unexpected_status = False

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.http


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with running_prism() as url:
        yield url


def prism_client(prism_url: str, status: int) -> httpx.AsyncClient:
    basic = "Basic " + base64.b64encode(b"prism-key-id:prism-key-secret").decode()
    headers = {"Authorization": basic, "Prefer": f"code={status}"}
    return httpx.AsyncClient(base_url=prism_url, headers=headers, timeout=30.0)


def test_the_sample_covers_tags_and_statuses() -> None:
    assert len({case.tag for case, _ in SAMPLE}) >= 10
    statuses = {status for _, status in SAMPLE}
    assert {400, 401, 404, 500} <= statuses
    assert len(SAMPLE) >= 40


@pytest.mark.parametrize(("case", "status"), SAMPLE, ids=[f"{c.tag}.{c.module}-{s}" for c, s in SAMPLE])
async def test_error_status_raises_the_typed_error(case: Case, status: int, prism_url: str) -> None:
    async with prism_client(prism_url, status) as http:
        await check_error_status(case, status, MockClient(http))


async def check_error_status(case: Case, status: int, client: MockClient) -> None:
    module = endpoint(case)
    kwargs: dict[str, Any] = call_arguments(case, module.asyncio)
    expected = EXPECTED.get(status) or (InternalServerError if status >= 500 else APIStatusError)

    with pytest.raises(APIStatusError) as raised:
        await module.asyncio(**kwargs, client=client)
    error = raised.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.method == case.method.upper()
    assert error.operation == f"{case.tag}.{case.module}"
    assert error.response.status_code == status
    assert str(status) in str(error)
    assert error.error_code is None or isinstance(error.error_code, str)

    detailed = await module.asyncio_detailed(**kwargs, client=client)
    assert detailed.status_code == status
    assert detailed.parsed is not None, "the documented error body did not parse into its model"
