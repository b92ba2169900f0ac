"""Request bodies as dicts: a Mapping is accepted wherever a body model is, converted strictly.

Every operation with a model body is covered (cases read from the description at test time).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from contract.calls import call_arguments, endpoint
from contract.cases import Case, contract_cases
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, TOKEN_URL, FakeAPI, RecordingClient
from sinch_provisioning import ProvisioningClient, ProvisioningError
from sinch_provisioning._checks import InvalidBodyError

BODY_CASES = [case for case in contract_cases() if case.body_model is not None]


def _send(case: Case, body: object) -> bytes:
    module = endpoint(case)
    kwargs = call_arguments(case, module.sync_detailed)
    kwargs["body"] = body
    client = RecordingClient()
    module.sync_detailed(client=client, **kwargs)
    [request] = client.requests
    return request.content


def test_every_body_operation_is_covered() -> None:
    assert len({(case.tag, case.module) for case in BODY_CASES}) >= 33


@pytest.mark.parametrize("case", BODY_CASES, ids=lambda case: case.id)
def test_a_dict_sends_what_the_model_sends(case: Case) -> None:
    from_model = _send(case, call_arguments(case, endpoint(case).sync_detailed)["body"])
    from_dict = _send(case, copy.deepcopy(case.body))
    assert json.loads(from_dict) == json.loads(from_model) == case.body


@pytest.mark.parametrize("case", BODY_CASES, ids=lambda case: case.id)
def test_an_unknown_key_is_refused_before_any_io(case: Case) -> None:
    module = endpoint(case)
    kwargs = call_arguments(case, module.sync_detailed)
    kwargs["body"] = {**case.body, "sinchNoSuchField": 1}
    client = RecordingClient()
    with pytest.raises(InvalidBodyError, match="sinchNoSuchField") as caught:
        module.sync_detailed(client=client, **kwargs)
    assert isinstance(caught.value, ProvisioningError)
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, ValueError)
    assert client.requests == []


# --- one operation, every kind of mistake ------------------------------------------------------------

WEBHOOK = {"target": "https://t.example/h", "secret": "s3cr3t", "triggers": ["ALL"]}


async def _create_webhook(body: object) -> FakeAPI:
    async def api(request: httpx.Request) -> httpx.Response:
        answer = {"id": "w1", "projectId": PROJECT, **{k: v for k, v in WEBHOOK.items() if k != "secret"}}
        return httpx.Response(201, json=answer)

    fake = FakeAPI(api=api)
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, transport=fake.transport
    ) as client:
        await client.webhooks.create_webhook(body=body)  # type: ignore[arg-type]
    return fake


async def test_a_dict_body_reaches_the_wire() -> None:
    fake = await _create_webhook(dict(WEBHOOK))
    assert json.loads(fake.api_requests[0].content) == WEBHOOK


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {**WEBHOOK, "trigger": ["ALL"]},
            "WebhookWebhookInputDto.trigger: WebhookWebhookInputDto has no field",
        ),
        (
            {k: v for k, v in WEBHOOK.items() if k != "target"},
            "WebhookWebhookInputDto.target: required field",
        ),
        ({**WEBHOOK, "triggers": "ALL"}, "WebhookWebhookInputDto.triggers: expected array, got string"),
        ({**WEBHOOK, "target": None}, "WebhookWebhookInputDto.target: expected string, got null"),
        (
            {**WEBHOOK, "triggers": ["ALL", "WHATSAPP_SENDER_ACTIV"]},
            "WebhookWebhookInputDto.triggers[1]: 'WHATSAPP_SENDER_ACTIV' is not a valid "
            "WebhookWebhookTriggersEnum; did you mean 'WHATSAPP_SENDER_ACTIVE'",
        ),
        (["not", "a", "mapping"], "expected WebhookWebhookInputDto or a mapping, got list"),
    ],
)
async def test_mistakes_name_the_model_and_the_field(body: Any, message: str) -> None:
    fake = FakeAPI()
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, token_url=TOKEN_URL, transport=fake.transport
    ) as client:
        with pytest.raises(InvalidBodyError) as caught:
            await client.webhooks.create_webhook(body=body)
    assert message in str(caught.value)
    assert fake.requests == []  # no token request either


async def test_models_keep_working() -> None:
    from sinch_provisioning.models import WebhookWebhookInputDto, WebhookWebhookTriggersEnum

    fake = await _create_webhook(
        WebhookWebhookInputDto(
            target=WEBHOOK["target"], secret=WEBHOOK["secret"], triggers=[WebhookWebhookTriggersEnum.ALL]
        )
    )
    assert json.loads(fake.api_requests[0].content) == WEBHOOK


# --- oneOf bodies: a dict must match exactly one variant ------------------------------------------------

ACCOUNT_CASES = {
    case.variant: case
    for case in BODY_CASES
    if (case.tag, case.module) == ("whatsapp_accounts", "create_account")
}


def test_a_one_of_body_dict_becomes_the_variant_it_matches() -> None:
    assert len(ACCOUNT_CASES) == 4
    for case in ACCOUNT_CASES.values():
        assert json.loads(_send(case, copy.deepcopy(case.body))) == case.body


def test_a_one_of_body_dict_matching_no_variant_names_both() -> None:
    case = ACCOUNT_CASES["all-fields:WhatsappInputAccountPartnerInitiatedDto"]
    body = copy.deepcopy(case.body)
    body["senderDetails"]["sinchNoSuchField"] = 1
    with pytest.raises(InvalidBodyError) as caught:
        _send(case, body)
    text = str(caught.value)
    assert "WhatsappInputAccountPartnerInitiatedDto: senderDetails.sinchNoSuchField" in text
    assert "WhatsappInputAccountDtoDeprecated" in text
