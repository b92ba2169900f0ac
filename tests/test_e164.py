"""E.164: the check, normalize_e164, the spec-derived table, and the no-I/O guard."""

from __future__ import annotations

import contextlib
import string
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI, json_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sinch_provisioning import (
    InvalidE164Error,
    InvalidPathParameterError,
    ProvisioningClient,
    is_e164,
    normalize_e164,
    validate_e164,
)
from sinch_provisioning.api.rcs_senders import (
    add_test_numbers,
    delete_test_number,
    get_test_number_capabilities,
    get_test_number_state,
    retry_test_number,
)
from sinch_provisioning.models import RcsTestNumbersInputDto

from codegen.e164_table import body_fields, path_parameters
from codegen.normalise import load_spec, normalise

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "provisioning.yaml"

GOOD = ["+12223334444", "+46701234567", "+12", "+999999999999999", "+4412345"]
BAD = [
    "",
    "+",
    "+1",  # one digit
    "12223334444",  # no plus
    "+012223334444",  # leading zero
    "+1 222 333 4444",  # spaces
    "+1-222-333-4444",  # dashes
    "+1(222)3334444",
    "+12223334444\n",  # trailing newline
    "\n+12223334444",
    " +12223334444",
    "+1222333444455556",  # 16 digits
    "+\u0661\u0662\u0663\u0664\u0665\u0666\u0667",  # Arabic-Indic digits
    "+\uff11\uff12\uff12\uff12\uff13\uff13\uff13\uff14\uff14\uff14\uff14",  # fullwidth digits
    "+12223334444\x00",
    "++12223334444",
    "+1222333444a",
    "+1/../2",
    "+1%2F2",
]


def reference(value: str) -> bool:
    """The rule, written independently of the implementation's regex."""
    digits = value[1:]
    return (
        value.startswith("+")
        and 2 <= len(digits) <= 15
        and all(c in "0123456789" for c in digits)
        and digits[0] != "0"
    )


@pytest.mark.parametrize("value", GOOD)
def test_good_values(value: str) -> None:
    assert is_e164(value)
    assert validate_e164(value) == value


@pytest.mark.parametrize("value", BAD)
def test_bad_values(value: str) -> None:
    assert not is_e164(value)
    with pytest.raises(InvalidE164Error) as caught:
        validate_e164(value, "test_number")
    assert isinstance(caught.value, ValueError)
    assert caught.value.parameter == "test_number"
    assert caught.value.value == value
    assert "test_number" in str(caught.value) and "'+'" in str(caught.value)


@given(st.text(alphabet=string.digits + "+ -()\n\u0663", max_size=20))
def test_is_e164_matches_the_rule(value: str) -> None:
    assert is_e164(value) == reference(value)


@given(st.text(max_size=20))
def test_is_e164_matches_the_rule_on_any_text(value: str) -> None:
    assert is_e164(value) == reference(value)


@pytest.mark.parametrize(
    ("formatted", "expected"),
    [
        ("+1 (222) 333-4444", "+12223334444"),
        (" +46 70-123 45 67 ", "+46701234567"),
        ("+44.20.7946.0018", "+442079460018"),
        ("+12223334444", "+12223334444"),
    ],
)
def test_normalize_e164(formatted: str, expected: str) -> None:
    assert normalize_e164(formatted) == expected


@pytest.mark.parametrize("formatted", ["(222) 333-4444", "0046 70 123", "+0 222", "+1 222 abc", "+", ""])
def test_normalize_e164_refuses_what_it_cannot_make_valid(formatted: str) -> None:
    with pytest.raises(InvalidE164Error):
        normalize_e164(formatted)


# --- the table derived from the spec ------------------------------------------------------------


def test_table_lists_every_test_number_path_operation() -> None:
    spec = normalise(load_spec(SPEC))
    rows = path_parameters(spec)
    expected = {
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if "{testNumber}" in path and method in ("get", "post", "put", "patch", "delete")
    }
    assert {(m, p) for m, p, _, _ in rows} == expected
    assert len(rows) == 4
    assert {python for _, _, _, python in rows} == {"test_number"}


def test_table_lists_the_e164_body_fields() -> None:
    rows = body_fields(normalise(load_spec(SPEC)))
    fields = {(method, path.rsplit("/", 1)[-1], field) for method, path, field in rows}
    assert ("POST", "testNumbers", ("testNumbers", "*")) in fields
    assert ("POST", "senders", ("details", "testNumbers", "*")) in fields
    assert ("PATCH", "{senderId}", ("details", "testNumbers", "*")) in fields


def test_generated_table_is_the_derived_one() -> None:
    from sinch_provisioning import _e164_table

    spec = normalise(load_spec(SPEC))
    assert list(_e164_table.PATH_PARAMETERS) == path_parameters(spec)
    assert list(_e164_table.BODY_FIELDS) == body_fields(spec)


# --- the guard: a bad number causes zero I/O ----------------------------------------------------

PATH_MODULES = [get_test_number_state, delete_test_number, get_test_number_capabilities, retry_test_number]


def oauth_client(fake: FakeAPI) -> ProvisioningClient:
    return ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, transport=fake.transport
    )


async def _resource_call(client: ProvisioningClient, module: Any, number: str) -> None:
    method = getattr(client.rcs_senders, module.__name__.rsplit(".", 1)[-1])
    await method(sender_id="sender-1", test_number=number)


@pytest.mark.parametrize("value", BAD)
@pytest.mark.parametrize("module", PATH_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
async def test_bad_path_number_sends_nothing(module: Any, value: str) -> None:
    # "" is no path segment at all: refused by the path check, before the E.164 one.
    expected = InvalidPathParameterError if value == "" else InvalidE164Error
    fake = FakeAPI()
    async with oauth_client(fake) as client:
        with pytest.raises(expected) as caught:
            await _resource_call(client, module, value)
        assert caught.value.parameter == "test_number"
        assert caught.value.value == value
        with pytest.raises(expected):  # the generated function, called directly
            await module.asyncio_detailed(PROJECT, "sender-1", value, client=client)
    assert fake.requests == []  # no token request either


@pytest.mark.parametrize("module", PATH_MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
async def test_good_path_number_is_percent_encoded_on_the_wire(module: Any) -> None:
    fake = FakeAPI(api=lambda request: _status(418))
    async with oauth_client(fake) as client:
        with contextlib.suppress(Exception):  # only what reached the wire matters here
            await module.asyncio_detailed(PROJECT, "sender-1", "+12223334444", client=client)
    [request] = fake.api_requests
    assert b"/testNumbers/%2B12223334444" in request.url.raw_path


async def _status(code: int) -> httpx.Response:
    return httpx.Response(code)


@pytest.mark.parametrize("value", BAD)
async def test_bad_body_number_sends_nothing(value: str) -> None:
    fake = FakeAPI()
    body = RcsTestNumbersInputDto(test_numbers=["+12223334444", value])
    async with oauth_client(fake) as client:
        with pytest.raises(InvalidE164Error) as caught:
            await client.rcs_senders.add_test_numbers(sender_id="sender-1", body=body)
        assert caught.value.parameter == "body.testNumbers[1]"
        with pytest.raises(InvalidE164Error):
            await add_test_numbers.asyncio_detailed(PROJECT, "sender-1", client=client, body=body)
    assert fake.requests == []


async def test_nested_body_numbers_are_checked() -> None:
    fake = FakeAPI()
    async with oauth_client(fake) as client:
        http = client.get_async_httpx_client()
        with pytest.raises(InvalidE164Error) as caught:
            await http.post(
                f"/v1/projects/{PROJECT}/rcs/senders", json={"details": {"testNumbers": ["+12", "0049"]}}
            )
        assert caught.value.parameter == "body.details.testNumbers[1]"
        with pytest.raises(InvalidE164Error):
            await http.patch(
                f"/v1/projects/{PROJECT}/rcs/senders/s1", json={"details": {"testNumbers": ["x"]}}
            )
    assert fake.requests == []


async def test_good_body_numbers_go_through_unchanged() -> None:
    fake = FakeAPI(api=lambda request: _json(200, {"testNumbers": []}))
    body = RcsTestNumbersInputDto(test_numbers=["+12223334444", "+46701234567"])
    async with oauth_client(fake) as client:
        await add_test_numbers.asyncio_detailed(PROJECT, "sender-1", client=client, body=body)
    [request] = fake.api_requests
    assert json_body(request) == {"testNumbers": ["+12223334444", "+46701234567"]}


async def _json(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=18).filter(lambda v: not reference(v)))
async def test_hypothesis_bad_numbers_send_nothing(value: str) -> None:
    fake = FakeAPI()
    async with oauth_client(fake) as client:
        # "", "." and ".." are no path segment: refused by the path check, before the E.164 one.
        with pytest.raises(InvalidPathParameterError if value in ("", ".", "..") else InvalidE164Error):
            await client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number=value)
        with pytest.raises(InvalidE164Error):
            await client.rcs_senders.add_test_numbers(
                sender_id="s", body=RcsTestNumbersInputDto(test_numbers=[value])
            )
    assert fake.requests == []


@settings(max_examples=100)
@given(st.from_regex(r"\+[1-9][0-9]{1,14}", fullmatch=True))
async def test_hypothesis_good_numbers_reach_the_server_intact(value: str) -> None:
    seen: list[str] = []

    async def api(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode().split("/")[-2])
        return httpx.Response(200, json={"features": []})

    fake = FakeAPI(api=api)
    async with oauth_client(fake) as client:
        await client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number=value)
    assert seen == ["%2B" + value[1:]]
