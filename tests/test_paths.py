"""Path parameters stay in their route: every operation, every path parameter, and project_id.

Operations come from the vendored description (the contract suite's cases), so
a spec bump covers new operations without touching this file.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from contract.calls import call_arguments, endpoint
from contract.cases import Case, contract_cases
from contract.schema_values import snake_key
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI, RecordingClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sinch_provisioning import InvalidPathParameterError, ProvisioningClient, ProvisioningError

CASES = [case for case in contract_cases() if case.variant.startswith("required-only")]
# One case per operation (an operation with a oneOf body has one per variant).
OPERATIONS = list({(case.tag, case.module): case for case in CASES}.values())
REFUSED = [None, "", ".", ".."]


def path_names(case: Case) -> list[str]:
    return re.findall(r"\{([^}]+)\}", case.path)


def _arguments(case: Case, overrides: dict[str, Any]) -> dict[str, Any]:
    function = endpoint(case).sync_detailed
    kwargs = call_arguments(case, function)
    for name, value in overrides.items():
        [python_name] = [key for key in kwargs if snake_key(key) == snake_key(name)]
        kwargs[python_name] = value
    return kwargs


def test_every_operation_has_a_case() -> None:
    assert len(OPERATIONS) == 90
    assert sum(len(path_names(case)) for case in OPERATIONS) > 90  # project_id and the ids


segment_values = st.one_of(
    st.text(),
    st.sampled_from(
        [*REFUSED, "...", "%2E%2E", "%2e.", "..%2F", "../x", "a/b", "?q=1", "#f", "%", " ", "\x00"]
    ),
    st.builds(lambda a, b: a + b, st.sampled_from(["..", ".", "/", "%2F"]), st.text(max_size=3)),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.sampled_from(OPERATIONS), data=st.data())
def test_the_request_line_keeps_the_route_template(case: Case, data: st.DataObject) -> None:
    """Refused values send nothing; any other value is exactly its own segment of the template."""
    names = path_names(case)
    values = {name: data.draw(segment_values, label=name) for name in names}
    recorder = RecordingClient()
    refused = [name for name in names if values[name] in REFUSED]
    if refused:
        with pytest.raises(InvalidPathParameterError):
            endpoint(case).sync_detailed(client=recorder, **_arguments(case, values))
        assert recorder.paths == []
        return
    endpoint(case).sync_detailed(client=recorder, **_arguments(case, values))
    [raw_path] = recorder.paths
    path = raw_path.split(b"?", 1)[0].decode("ascii")
    template = case.path.split("/")
    sent = path.split("/")
    assert len(sent) == len(template), (case.path, path)
    for expected, got in zip(template, sent, strict=True):
        if expected.startswith("{") and expected.endswith("}"):
            assert unquote(got) == values[expected[1:-1]]
            assert got not in REFUSED and "/" not in got
        else:
            assert got == expected


@pytest.mark.parametrize("case", OPERATIONS, ids=lambda case: f"{case.tag}.{case.module}")
async def test_refused_values_never_leave_the_process(case: Case) -> None:
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, transport=fake.transport
    ) as client:
        for name in path_names(case):
            for value in REFUSED:
                kwargs = _arguments(case, {name: value})
                with pytest.raises(InvalidPathParameterError) as caught:
                    await endpoint(case).asyncio(client=client, **kwargs)
                assert isinstance(caught.value, ValueError) and isinstance(caught.value, ProvisioningError)
                python_name = next(key for key in kwargs if snake_key(key) == snake_key(name))
                assert caught.value.parameter == python_name and python_name in str(caught.value)
    assert fake.requests == []  # no API request and no token request


async def test_resource_methods_refuse_a_dot_segment_before_any_io() -> None:
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, transport=fake.transport
    ) as client:
        with pytest.raises(InvalidPathParameterError, match="webhook_id"):
            await client.webhooks.delete_webhook(webhook_id="..")
        with pytest.raises(InvalidPathParameterError, match="sender_id"):
            await client.rcs_senders.delete_test_number(sender_id=".", test_number="+12223334444")
    assert fake.requests == []


@pytest.mark.parametrize("project_id", [".", ".."])
def test_the_client_refuses_a_dot_segment_project(project_id: str) -> None:
    with pytest.raises(InvalidPathParameterError, match="project_id"):
        ProvisioningClient(project_id, KEY_ID, KEY_SECRET)


@pytest.mark.parametrize("value", [1, 1.5, b"w1", ["w1"], True])
def test_only_strings_are_path_parameters(value: object) -> None:
    recorder = RecordingClient()
    from sinch_provisioning.api.webhooks import get_webhook

    with pytest.raises(InvalidPathParameterError, match="webhook_id"):
        get_webhook.sync_detailed(project_id=PROJECT, webhook_id=value, client=recorder)  # type: ignore[arg-type]
    assert recorder.paths == []


def test_encoded_dots_and_slashes_stay_encoded() -> None:
    recorder = RecordingClient()
    from sinch_provisioning.api.webhooks import get_webhook

    for value in ("%2E%2E", "..%2F..", "a/../b", "..."):
        get_webhook.sync_detailed(project_id=PROJECT, webhook_id=value, client=recorder)
    assert recorder.paths == [
        f"/v1/projects/{PROJECT}/webhooks/%252E%252E".encode(),
        f"/v1/projects/{PROJECT}/webhooks/..%252F..".encode(),
        f"/v1/projects/{PROJECT}/webhooks/a%2F..%2Fb".encode(),
        f"/v1/projects/{PROJECT}/webhooks/...".encode(),
    ]
    # httpx itself leaves percent-encoded dots alone (only literal dot segments are resolved).
    assert (
        httpx.URL(f"{BASE_URL}/v1/projects/p/webhooks/%2E%2E").raw_path == b"/v1/projects/p/webhooks/%2E%2E"
    )
