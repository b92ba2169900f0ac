"""Hypothesis fuzz of response parsing on the largest response models of the spec.

Whatever the body -- random bytes, arbitrary JSON, or a valid body with fields
dropped, retyped, renamed or added -- parsing either returns a model (whose
``to_dict()`` works) or raises a ``ProvisioningError``. Nothing else escapes.
Total: 4 strategies x 300 examples = 1,200 cases at least.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from contract.calls import endpoint
from contract.cases import Case, contract_cases, contract_spec
from contract.schema_values import SchemaValues
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sinch_provisioning._errors import ProvisioningError

SPEC = contract_spec()
VALUES = SchemaValues(SPEC, response=True)
EXAMPLES = 300
SAMPLE = 6


def _reachable(schema: Any, seen: set[str]) -> set[str]:
    """Component schemas reachable from ``schema`` (a measure of how large a model is)."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            if name not in seen:
                seen.add(name)
                _reachable(SPEC["components"]["schemas"][name], seen)
        for value in schema.values():
            _reachable(value, seen)
    elif isinstance(schema, list):
        for value in schema:
            _reachable(value, seen)
    return seen


def _largest_operations() -> list[tuple[Case, bytes]]:
    by_model: dict[str, tuple[int, Case]] = {}
    for case in contract_cases():
        if case.response_schema is None:
            continue
        key = json.dumps(case.response_schema, sort_keys=True)
        size = len(_reachable(case.response_schema, set()))
        if key not in by_model or by_model[key][0] < size:
            by_model[key] = (size, case)
    ranked = sorted(by_model.values(), key=lambda item: (-item[0], item[1].module))[:SAMPLE]
    chosen = []
    for _, case in ranked:
        assert case.response_schema is not None
        try:
            body = VALUES.value(case.response_schema, full=True)
        except ValueError:
            body = VALUES.value(case.response_schema, full=False)
        chosen.append((case, json.dumps(body).encode()))
    return chosen


OPERATIONS = _largest_operations()

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "2024-02-30T25:61:00Z", "SINCH_FUTURE_VALUE", "2024-01-01T00:00:00Z", "+4670"])
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """``value`` with some parts kept, dropped, replaced by any JSON, or mutated further."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            action = draw(st.sampled_from(["keep", "keep", "mutate", "mutate", "drop", "replace"]))
            if action == "keep":
                out[key] = item
            elif action == "mutate":
                out[key] = draw(mutated(item))
            elif action == "replace":
                out[key] = draw(json_values)
        if draw(st.booleans()):
            out[draw(st.text(max_size=8))] = draw(json_values)
        return out
    if isinstance(value, list):
        items = [draw(mutated(item)) for item in value]
        return items + draw(st.lists(json_values, max_size=2))
    return draw(st.just(value) | json_values)


class Client:
    raise_on_unexpected_status = True


def check(case: Case, status: int, content: bytes, content_type: str | None) -> None:
    module = endpoint(case)
    headers = {"content-type": content_type} if content_type else {}
    response = httpx.Response(status, content=content, headers=headers)
    for parse in (module._parse_ok, module._parse_response):
        try:
            parsed = (
                parse(response=response)
                if parse is module._parse_ok
                else parse(client=Client(), response=response)
            )
        except ProvisioningError:
            continue
        if parsed is not None and hasattr(parsed, "to_dict"):
            parsed.to_dict()  # a model that parsed must also serialise


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def test_the_sample_is_large_models() -> None:
    assert len(OPERATIONS) == SAMPLE
    assert all(len(_reachable(case.response_schema, set())) >= 3 for case, _ in OPERATIONS)


@FUZZ
@given(data=st.data())
def test_mutated_valid_bodies(data: st.DataObject) -> None:
    case, valid = data.draw(st.sampled_from(OPERATIONS), label="operation")
    body = data.draw(mutated(json.loads(valid)), label="body")
    check(case, case.status, json.dumps(body).encode(), "application/json")


@FUZZ
@given(data=st.data())
def test_arbitrary_json(data: st.DataObject) -> None:
    case, _ = data.draw(st.sampled_from(OPERATIONS), label="operation")
    body = data.draw(json_values, label="body")
    check(case, case.status, json.dumps(body).encode(), "application/json")


@FUZZ
@given(data=st.data())
def test_arbitrary_bytes_and_content_types(data: st.DataObject) -> None:
    case, valid = data.draw(st.sampled_from(OPERATIONS), label="operation")
    content = data.draw(
        st.binary(max_size=64) | st.just(valid[: data.draw(st.integers(0, len(valid)))]), label="content"
    )
    content_type = data.draw(
        st.sampled_from([None, "application/json", "text/html", "application/problem+json", "text/plain"])
    )
    check(case, case.status, content, content_type)


@FUZZ
@given(data=st.data())
def test_any_status_with_a_mutated_body(data: st.DataObject) -> None:
    case, valid = data.draw(st.sampled_from(OPERATIONS), label="operation")
    status = data.draw(st.sampled_from([200, 201, 202, 204, 299, 400, 401, 404, 409, 429, 500, 503]))
    body = data.draw(mutated(json.loads(valid)), label="body")
    check(case, status, json.dumps(body).encode(), "application/json")


@pytest.mark.parametrize(("case", "valid"), OPERATIONS, ids=[f"{c.tag}.{c.module}" for c, _ in OPERATIONS])
def test_the_unmutated_bodies_parse(case: Case, valid: bytes) -> None:
    # The control: the fuzzed bodies start from bodies that parse.
    response = httpx.Response(case.status, content=valid, headers={"content-type": "application/json"})
    assert endpoint(case)._parse_ok(response=response) is not None
