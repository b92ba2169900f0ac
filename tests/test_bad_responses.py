"""Bad 2xx answers raise ResponseValidationError for EVERY operation (read from the spec at test time).

Non-JSON bodies, HTML error pages, a wrong content type, truncated JSON and
JSON of the wrong shape must never surface as a bare KeyError/TypeError/ValueError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from contract.calls import call_arguments, endpoint
from contract.cases import Case, contract_cases, contract_spec
from contract.schema_values import SchemaValues
from sinch_provisioning._errors import BODY_LIMIT, ProvisioningError, ResponseValidationError


def _one_case_per_operation() -> list[Case]:
    seen: dict[tuple[str, str], Case] = {}
    for case in contract_cases():
        seen.setdefault((case.tag, case.module), case)
    return list(seen.values())


OPERATIONS = _one_case_per_operation()
WITH_BODY = [case for case in OPERATIONS if case.response_schema is not None]
_VALUES = SchemaValues(contract_spec(), response=True)


def valid_body(case: Case) -> bytes:
    assert case.response_schema is not None
    return json.dumps(_VALUES.value(case.response_schema, full=True)).encode()


class Minimal:
    def __init__(self, handler: Callable[[httpx.Request], httpx.Response], *, strict: bool = True) -> None:
        transport = httpx.MockTransport(handler)
        self.http = httpx.AsyncClient(base_url="https://api.example.test", transport=transport)
        self.raise_on_unexpected_status = strict

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self.http


def answering(status: int, content: bytes, content_type: str | None = "application/json") -> Minimal:
    headers = {"content-type": content_type} if content_type else {}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers)

    return Minimal(handler)


async def call(case: Case, client: Minimal, *, detailed: bool = False) -> Any:
    module = endpoint(case)
    function = module.asyncio_detailed if detailed else module.asyncio
    return await function(**call_arguments(case, function), client=client)


def bad_bodies(case: Case) -> dict[str, tuple[bytes, str | None]]:
    valid = valid_body(case)
    return {
        "html error page": (b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        "plain text": (b"upstream connect error or disconnect/reset before headers", "application/json"),
        "json as text/plain": (valid, "text/plain"),
        "json as xml": (valid, "application/xml; charset=utf-8"),
        "truncated json": (valid[: max(1, len(valid) // 2)], "application/json"),
        "empty body": (b"", "application/json"),
        "not utf-8": (b"\xff\xfe\x00{", "application/json"),
        "json list": (b"[1, 2, 3]", "application/json"),
        "json string": (b'"hello"', "application/json"),
        "json number": (b"42", "application/json"),
        "json null": (b"null", "application/json"),
        "json list of objects": (b'[{"a": 1}]', "application/json"),
    }


def test_the_spec_gives_operations_to_check() -> None:
    assert len(OPERATIONS) >= 80
    assert len(WITH_BODY) >= 60


@pytest.mark.parametrize("case", WITH_BODY, ids=lambda c: f"{c.tag}.{c.module}")
async def test_valid_body_parses(case: Case) -> None:
    # The control: what the bad bodies below are compared with.
    result = await call(case, answering(case.status, valid_body(case)))
    assert result is not None


@pytest.mark.parametrize("case", WITH_BODY, ids=lambda c: f"{c.tag}.{c.module}")
async def test_bad_bodies_raise_response_validation_error(case: Case) -> None:
    operation = f"{case.tag}.{case.module}"
    for name, (content, content_type) in bad_bodies(case).items():
        for detailed in (False, True):
            with pytest.raises(ResponseValidationError) as raised:
                await call(case, answering(case.status, content, content_type), detailed=detailed)
            error = raised.value
            assert error.operation == operation, name
            assert error.status_code == case.status, name
            expected = content[:BODY_LIMIT].decode("utf-8", errors="replace")
            assert error.body == expected + ("..." if len(content) > BODY_LIMIT else ""), name
            assert error.__cause__ is not None, name
            assert operation in str(error), name


@pytest.mark.parametrize("case", WITH_BODY[:10], ids=lambda c: f"{c.tag}.{c.module}")
async def test_missing_content_type_is_accepted_when_the_body_is_json(case: Case) -> None:
    assert await call(case, answering(case.status, valid_body(case), None)) is not None


@pytest.mark.parametrize("case", WITH_BODY[:10], ids=lambda c: f"{c.tag}.{c.module}")
async def test_huge_bodies_are_truncated_in_the_error(case: Case) -> None:
    content = b"<html>" + b"x" * 200_000
    with pytest.raises(ResponseValidationError) as raised:
        await call(case, answering(case.status, content, "text/html"))
    assert len(raised.value.body) == BODY_LIMIT + 3
    assert raised.value.body.endswith("...")
    assert len(str(raised.value)) < 1_000


@pytest.mark.parametrize("case", OPERATIONS, ids=lambda c: f"{c.tag}.{c.module}")
async def test_undocumented_2xx_status(case: Case) -> None:
    operation = f"{case.tag}.{case.module}"
    status = 299
    with pytest.raises(ResponseValidationError, match="status 299 is not documented") as raised:
        await call(case, answering(status, b"{}"))
    assert raised.value.operation == operation
    with pytest.raises(ResponseValidationError):
        await call(case, answering(status, b"{}"), detailed=True)
    lenient = answering(status, b"{}")
    lenient.raise_on_unexpected_status = False
    result = await call(case, lenient, detailed=True)
    assert (result.status_code, result.parsed) == (status, None)


async def test_only_provisioning_errors_escape_for_every_operation_and_status() -> None:
    # Statuses the spec may or may not document, with a body that fits none of them.
    failures = []
    for case in OPERATIONS:
        for status in (200, 201, 204, 400, 404, 409, 429, 500, 503):
            for detailed in (False, True):
                try:
                    await call(case, answering(status, b"{not json"), detailed=detailed)
                except ProvisioningError:
                    pass
                except Exception as exc:  # pragma: no cover - the failure report
                    failures.append(f"{case.tag}.{case.module} {status} detailed={detailed}: {exc!r}")
    assert failures == []
