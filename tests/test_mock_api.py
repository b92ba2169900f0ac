"""``sinch_provisioning.testing.MockProvisioningAPI``: every operation answered, requests validated.

The valid requests are the contract suite's cases (the ones Prism accepts);
answers are checked with the contract suite's own schema matcher, which is
independent of the mock's validator. The mock is an async and a sync transport:
the per-operation and pagination tests run through both clients (``driver``).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from contract.calls import call_arguments, endpoint, model
from contract.cases import Case, contract_cases, contract_spec
from contract.schema_values import SchemaValues
from contract.sync_client import SyncTestClient
from sinch_provisioning import (
    APIConnectionError,
    BadRequestError,
    BearerToken,
    InternalServerError,
    NotFoundError,
    ProvisioningClient,
)
from sinch_provisioning._operations import OPERATIONS, SCHEMAS
from sinch_provisioning.models import (
    RcsTestNumberCapabilitiesDto,
    WebhookWebhookInputDto,
    WebhookWebhookTriggersEnum,
)
from sinch_provisioning.testing import MockCall, MockProvisioningAPI
from sinch_provisioning.testing._schemas import Schemas

from codegen.normalise import iter_operations

CASES = contract_cases()
RESPONSES = SchemaValues(contract_spec(), response=True)
MOCK_SCHEMAS = Schemas(SCHEMAS)
PROJECT = "proj-1"
BASE = "https://provisioning.api.sinch.com"


@pytest.fixture
def mock() -> MockProvisioningAPI:
    return MockProvisioningAPI()


@pytest.fixture
async def client(mock: MockProvisioningAPI) -> AsyncIterator[ProvisioningClient]:
    async with ProvisioningClient(PROJECT, "key-id", "key-secret", transport=mock) as client:
        yield client


@pytest.fixture
async def raw(mock: MockProvisioningAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Plain httpx on the mock, for requests the SDK would never build."""
    async with httpx.AsyncClient(
        transport=mock, base_url=BASE, headers={"Authorization": "Bearer t"}
    ) as http:
        yield http


class Driver:
    """One client, called the async or the blocking way; the tests await either."""

    def __init__(self, client: ProvisioningClient | SyncTestClient) -> None:
        self.client = client
        self.is_async = isinstance(client, ProvisioningClient)

    async def resource(self, case: Case) -> Any:
        """``client.<tag>.<operation>(...)`` with the case's arguments."""
        result = _resource_method(self.client, case)(**_resource_arguments(case))
        return await result if self.is_async else result

    async def detailed(self, case: Case) -> Any:
        """The generated ``asyncio_detailed`` or ``sync_detailed`` function."""
        module = endpoint(case)
        function = module.asyncio_detailed if self.is_async else module.sync_detailed
        result = function(client=self.client, **call_arguments(case, function))
        return await result if self.is_async else result

    async def items(self, tag: str, operation: str, **kwargs: Any) -> list[Any]:
        """Every item of ``client.<tag>.iter_<operation>(...)``."""
        iterator = getattr(getattr(self.client, tag), f"iter_{operation.rstrip('_')}")(**kwargs)
        if self.is_async:
            return [item async for item in iterator]
        return list(iterator)


@pytest.fixture(params=["async", "sync"])
async def driver(request: pytest.FixtureRequest, mock: MockProvisioningAPI) -> AsyncIterator[Driver]:
    if request.param == "async":
        async with ProvisioningClient(PROJECT, "key-id", "key-secret", transport=mock) as client:
            yield Driver(client)
    else:
        with SyncTestClient(PROJECT, server=BASE, auth=BearerToken("t"), transport=mock) as sync:
            yield Driver(sync)


def _name(case: Case) -> str:
    return f"{case.tag}.{case.module}"


def _resource_method(client: ProvisioningClient | SyncTestClient, case: Case) -> Any:
    return getattr(getattr(client, case.tag), case.module)


def _resource_arguments(case: Case) -> dict[str, Any]:
    kwargs = call_arguments(case, endpoint(case).asyncio)
    kwargs.pop("project_id")
    return kwargs


def _url(case: Case, **overrides: str) -> str:
    values = {name: str(value) for name, (_, value) in case.parameters.items()}
    values.update(overrides, projectId=PROJECT)
    path = case.path
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path


# --- every operation ------------------------------------------------------------------------


def test_the_table_has_every_operation_of_the_spec() -> None:
    spec_operations = iter_operations(contract_spec())
    assert len(OPERATIONS) == len(spec_operations) == len({_name(c) for c in CASES})
    assert set(OPERATIONS) == {_name(case) for case in CASES}
    for case in CASES:
        entry = OPERATIONS[_name(case)]
        assert (entry["method"], entry["path"], entry["status"]) == (
            case.method.upper(),
            case.path,
            case.status,
        )
        assert endpoint(case)._OPERATION == _name(case)  # the name users see in errors and logs


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_every_case_is_accepted_and_answered(
    case: Case, driver: Driver, mock: MockProvisioningAPI
) -> None:
    result = await driver.resource(case)

    if case.response_models:
        assert isinstance(result, tuple(model(name) for name in case.response_models)), type(result)
    else:
        assert result is None
    call = mock.calls[-1]
    assert (call.operation, call.status, call.body) == (_name(case), case.status, case.body)

    # The same request through the generated function: the JSON itself fits the documented schema.
    mock.reset()  # a webhook deleted above would now be 404
    response = await driver.detailed(case)
    assert response.status_code == case.status
    if case.response_schema is not None:
        answer = json.loads(response.content)
        assert RESPONSES.matches(answer, case.response_schema), response.content[:300]
        # The mock's own validator also checks formats (URLs, emails, E.164) and patterns.
        assert MOCK_SCHEMAS.problem(answer, OPERATIONS[_name(case)]["response"], "") is None


async def test_answers_look_real_and_echo_the_request(client: ProvisioningClient) -> None:
    caps = await client.rcs_senders.get_test_number_capabilities(sender_id="s-1", test_number="+12025550123")
    assert isinstance(caps, RcsTestNumberCapabilitiesDto) and caps.features
    sender = await client.rcs_senders.get_sender(sender_id="01HZXSENDER")
    assert sender.id == "01HZXSENDER"  # the id asked for
    brand = sender.details.brand
    assert brand.phones[0].number == "+12025550123"
    assert str(brand.logo_url).startswith("https://example.com/")


# --- pagination ------------------------------------------------------------------------------

PAGED = sorted(name for name, entry in OPERATIONS.items() if entry["page"])


def test_every_iter_method_is_in_the_table() -> None:
    found: dict[str, set[str]] = {"async": set(), "sync": set()}
    for tag in {case.tag for case in CASES}:
        module = importlib.import_module(f"sinch_provisioning.api.{tag}")
        for name in module.__all__:  # the async resource and its Sync twin
            cls = getattr(module, name)
            names = {f"{tag}.{a[len('iter_') :]}" for a in dir(cls) if a.startswith("iter_")}
            found["sync" if name.startswith("Sync") else "async"] |= names
    assert {name.rstrip("_") for name in PAGED} == found["async"] == found["sync"] and found["sync"]


@pytest.mark.parametrize("name", PAGED)
async def test_iter_pages_through_every_list(name: str, driver: Driver, mock: MockProvisioningAPI) -> None:
    case = next(c for c in CASES if _name(c) == name and c.variant == "required-only")
    kwargs = _resource_arguments(case)
    tag, operation = name.split(".")
    items = await driver.items(tag, operation, **kwargs)
    assert len(items) == mock.list_size == 3
    calls = mock.calls_of(name)
    assert len(calls) == 2  # pages of 2, then 1 with an empty nextPageToken
    assert "pageToken" not in calls[0].query and calls[1].query["pageToken"]


async def test_page_size_and_webhook_state(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    body = WebhookWebhookInputDto(
        target="https://example.com/hooks/provisioning",
        secret="s3cret",
        triggers=[WebhookWebhookTriggersEnum.RCS_SENDER_STATUS_UPDATED],
    )
    created = await client.webhooks.create_webhook(body=body)
    assert created.target == "https://example.com/hooks/provisioning" and created.project_id
    fetched = await client.webhooks.get_webhook(webhook_id=created.id)
    assert fetched.to_dict() == created.to_dict()
    every = [w.id async for w in client.webhooks.iter_list_webhooks(page_size=1)]
    assert len(every) == 4 and every[-1] == created.id
    assert len(mock.calls_of("webhooks.list_webhooks")) == 4
    await client.webhooks.delete_webhook(webhook_id=created.id)
    with pytest.raises(NotFoundError):
        await client.webhooks.get_webhook(webhook_id=created.id)
    assert created.id not in [w.id async for w in client.webhooks.iter_list_webhooks()]


# --- validation ------------------------------------------------------------------------------


def _body_cases() -> list[Case]:
    """Cases with a JSON object body of one model (in a union, a broken body may fit another branch)."""
    return [
        c
        for c in CASES
        if c.variant == "required-only" and isinstance(c.body, dict) and c.body and c.body_model is not None
    ]


def _union_body_cases() -> list[Case]:
    return [c for c in CASES if c.variant.startswith("required-only:") and isinstance(c.body, dict)]


def _first_required(case: Case) -> str:
    schema = RESPONSES.flatten(RESPONSES.resolve({"$ref": f"#/components/schemas/{case.body_model}"})[0])
    return sorted(schema.get("required") or [])[0]


@pytest.mark.parametrize("case", _body_cases(), ids=[c.id for c in _body_cases()])
async def test_missing_required_body_field_is_400_naming_it(
    case: Case, raw: httpx.AsyncClient, mock: MockProvisioningAPI
) -> None:
    field = _first_required(case)
    body = {k: v for k, v in case.body.items() if k != field}
    response = await raw.request(case.method.upper(), _url(case), json=body)
    assert response.status_code == 400, response.text
    error = response.json()
    assert field in error["message"] and error["errorCode"] and error["resolution"]
    rejected = mock.calls[-1]
    assert (rejected.operation, rejected.status, rejected.body) == (_name(case), 400, body)


@pytest.mark.parametrize("case", _body_cases(), ids=[c.id for c in _body_cases()])
async def test_wrong_type_in_body_is_400_naming_the_field(case: Case, raw: httpx.AsyncClient) -> None:
    field = sorted(case.body)[0]
    wrong = 12345 if isinstance(case.body[field], (str, list, dict)) else "not-a-number"
    response = await raw.request(case.method.upper(), _url(case), json={**case.body, field: wrong})
    assert response.status_code == 400, response.text
    assert field in response.json()["message"]


def _enum_fields() -> list[tuple[Case, str]]:
    found = []
    for case in _body_cases():
        schema = RESPONSES.flatten({"$ref": f"#/components/schemas/{case.body_model}"})
        for name, prop in (schema.get("properties") or {}).items():
            if name in case.body and "enum" in RESPONSES.flatten(prop):
                found.append((case, name))
                break
    return found


@pytest.mark.parametrize(("case", "field"), _enum_fields(), ids=[c.id for c, _ in _enum_fields()])
async def test_unknown_enum_value_in_body_is_400(case: Case, field: str, raw: httpx.AsyncClient) -> None:
    response = await raw.request(case.method.upper(), _url(case), json={**case.body, field: "NOT_A_MEMBER"})
    assert response.status_code == 400
    assert field in response.json()["message"] and "NOT_A_MEMBER" in response.json()["message"]


@pytest.mark.parametrize("case", _union_body_cases(), ids=[c.id for c in _union_body_cases()])
async def test_a_body_fitting_no_branch_of_a_union_is_400(case: Case, raw: httpx.AsyncClient) -> None:
    response = await raw.request(case.method.upper(), _url(case), json=[case.body])
    assert response.status_code == 400 and "must be of type object" in response.json()["message"]


async def test_invalid_url_through_the_client_is_a_bad_request(client: ProvisioningClient) -> None:
    body = WebhookWebhookInputDto(target="not a url", secret="s", triggers=[WebhookWebhookTriggersEnum.ALL])
    with pytest.raises(BadRequestError) as caught:
        await client.webhooks.create_webhook(body=body)
    assert caught.value.additional_information == {"target": ["must be an absolute URL"]}
    assert "'target'" in str(caught.value.message)


@pytest.mark.parametrize(
    ("query", "field"),
    [("pageSize=abc", "pageSize"), ("pageSize=16", "pageSize"), ("pageSize=0", "pageSize")],
)
async def test_bad_query_parameters_are_400(query: str, field: str, raw: httpx.AsyncClient) -> None:
    response = await raw.get(f"/v1/projects/{PROJECT}/webhooks?{query}")
    assert response.status_code == 400
    assert list(response.json()["additionalInformation"]) == [field]
    assert f"query parameter {field!r}" in response.json()["message"]


async def test_unknown_query_enum_is_400(raw: httpx.AsyncClient) -> None:
    response = await raw.get(f"/v1/projects/{PROJECT}/rcs/senders?sortDirection=SIDEWAYS")
    assert response.status_code == 400 and "sortDirection" in response.text and "SIDEWAYS" in response.text
    response = await raw.get(f"/v1/projects/{PROJECT}/rcs/senders?sortDirection=ASC&states=ACTIVE")
    assert response.status_code == 200, response.text


async def test_missing_required_query_parameter_is_400(
    raw: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(OPERATIONS["webhooks.list_webhooks"]["query"][1], "required", True)
    response = await raw.get(f"/v1/projects/{PROJECT}/webhooks")
    assert response.status_code == 400 and "'pageSize' is required" in response.json()["message"]


async def test_missing_or_broken_body_is_400(raw: httpx.AsyncClient) -> None:
    response = await raw.post(f"/v1/projects/{PROJECT}/webhooks")
    assert response.status_code == 400 and "body is required" in response.json()["message"]
    response = await raw.post(f"/v1/projects/{PROJECT}/webhooks", content=b"{not json")
    assert response.status_code == 400 and "not valid JSON" in response.json()["message"]


async def test_unknown_route_is_404_naming_the_closest_operation(raw: httpx.AsyncClient) -> None:
    response = await raw.get(f"/v1/projects/{PROJECT}/webhook")
    assert response.status_code == 404
    assert "closest operation: webhooks.list_webhooks" in response.json()["message"]


async def test_wrong_method_is_405_naming_the_operations(raw: httpx.AsyncClient) -> None:
    response = await raw.put(f"/v1/projects/{PROJECT}/webhooks", json={})
    assert response.status_code == 405
    message = response.json()["message"]
    assert "webhooks.list_webhooks (GET)" in message and "webhooks.create_webhook (POST)" in message


async def test_missing_authorization_is_401(mock: MockProvisioningAPI) -> None:
    async with httpx.AsyncClient(transport=mock, base_url=BASE) as http:
        response = await http.get(f"/v1/projects/{PROJECT}/webhooks")
    assert response.status_code == 401 and response.json()["errorCode"] == "UNAUTHENTICATED"


# --- overrides, queues, failures, calls -------------------------------------------------------


async def test_on_json_and_status(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    mock.on("rcs_senders.get_test_number_capabilities", json={"features": ["RICHCARD_STANDALONE"]})
    caps = await client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number="+12025550123")
    assert [str(f) for f in caps.features] == ["RICHCARD_STANDALONE"]
    mock.on("rcs_senders.get_test_number_capabilities", status=404)  # replaces the standing answer
    with pytest.raises(NotFoundError) as caught:
        await client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number="+12025550123")
    assert caught.value.error_code == "NOT_FOUND"


async def test_on_callable_sees_the_call(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    seen: list[MockCall] = []

    def answer(call: MockCall) -> dict[str, Any]:
        seen.append(call)
        return {"features": ["ACTION_DIAL"] if call.path_params["testNumber"].startswith("+1") else []}

    mock.on("rcs_senders.get_test_number_capabilities", answer)
    caps = await client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number="+12025550123")
    assert [str(f) for f in caps.features] == ["ACTION_DIAL"]
    assert seen[0].path_params == {"projectId": PROJECT, "senderId": "s", "testNumber": "+12025550123"}

    mock.on("webhooks.get_webhook", lambda call: httpx.Response(409, json={"errorCode": "X", "message": "m"}))
    with pytest.raises(Exception, match=r"409|X"):
        await client.webhooks.get_webhook(webhook_id="w")


async def test_queued_answers_then_the_standing_one(
    client: ProvisioningClient, mock: MockProvisioningAPI
) -> None:
    op = "rcs_senders.get_test_number_capabilities"
    mock.on(op, json={"features": ["ACTION_DIAL"]})
    mock.on(op, json={"features": []}, times=2)
    answers = [
        [
            str(f)
            for f in (
                await client.rcs_senders.get_test_number_capabilities(
                    sender_id="s", test_number="+12025550123"
                )
            ).features
        ]
        for _ in range(4)
    ]
    assert answers == [[], [], ["ACTION_DIAL"], ["ACTION_DIAL"]]


async def test_fail_is_retried_for_idempotent_calls(
    client: ProvisioningClient, mock: MockProvisioningAPI
) -> None:
    mock.fail("webhooks.list_webhooks", status=503, times=2)
    page = await client.webhooks.list_webhooks()  # max_retries=2: 503, 503, then the answer
    assert page.webhooks
    assert [c.status for c in mock.calls_of("webhooks.list_webhooks")] == [503, 503, 200]


async def test_fail_beyond_the_retry_budget_raises(
    client: ProvisioningClient, mock: MockProvisioningAPI
) -> None:
    mock.fail("webhooks.list_webhooks", status=503, times=None)
    with pytest.raises(InternalServerError) as caught:
        await client.webhooks.list_webhooks()
    assert caught.value.status_code == 503 and caught.value.operation == "webhooks.list_webhooks"
    assert len(mock.calls_of("webhooks.list_webhooks")) == 3


async def test_fail_post_is_not_retried(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    mock.fail("webhooks.create_webhook", status=503)
    body = WebhookWebhookInputDto(
        target="https://example.com/h", secret="s", triggers=[WebhookWebhookTriggersEnum.ALL]
    )
    with pytest.raises(InternalServerError):
        await client.webhooks.create_webhook(body=body)
    assert len(mock.calls_of("webhooks.create_webhook")) == 1
    assert (await client.webhooks.create_webhook(body=body)).target == "https://example.com/h"


async def test_fail_with_a_transport_error(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    mock.fail("webhooks.get_webhook", error=httpx.ConnectError, times=None)
    with pytest.raises(APIConnectionError):
        await client.webhooks.get_webhook(webhook_id="w")
    assert len(mock.calls_of("webhooks.get_webhook")) == 3  # connect errors are retried


def test_unknown_operation_names_are_refused_with_close_matches(mock: MockProvisioningAPI) -> None:
    with pytest.raises(
        ValueError, match=r"unknown operation 'webhooks\.list_webhook'.*'webhooks\.list_webhooks'"
    ):
        mock.on("webhooks.list_webhook", json={})
    with pytest.raises(ValueError, match="did you mean"):
        mock.fail("rcs_senders.get_test_number_capability")
    with pytest.raises(ValueError, match="unknown operation"):
        mock.calls_of("nope")


async def test_calls_record_parameters_and_body(
    client: ProvisioningClient, mock: MockProvisioningAPI
) -> None:
    await client.webhooks.list_webhooks(page_size=5)
    body = WebhookWebhookInputDto(
        target="https://example.com/h", secret="s", triggers=[WebhookWebhookTriggersEnum.ALL]
    )
    await client.webhooks.create_webhook(body=body)
    listed, created = mock.calls
    assert (listed.operation, listed.method, listed.query, listed.body) == (
        "webhooks.list_webhooks", "GET", {"pageSize": "5"}, None,
    )  # fmt: skip
    assert created.body == {"target": "https://example.com/h", "secret": "s", "triggers": ["ALL"]}
    assert created.path == f"/v1/projects/{PROJECT}/webhooks" and created.status == 201
    assert "key-secret" not in repr(mock.calls) and "authorization" not in repr(mock.calls).lower()
    assert mock.token_requests == 1  # OAuth2 through the same transport, one token for both calls
    mock.reset()
    assert mock.calls == [] and mock.token_requests == 0


def test_example_is_a_fresh_editable_default(mock: MockProvisioningAPI) -> None:
    first = mock.example("webhooks.get_webhook")
    first["target"] = "changed"
    assert mock.example("webhooks.get_webhook")["target"] != "changed"
    assert mock.example("webhooks.delete_webhook") is None


def test_the_sync_transport_answers_too(mock: MockProvisioningAPI) -> None:
    with httpx.Client(transport=mock, base_url=BASE, headers={"Authorization": "Bearer t"}) as http:
        response = http.get(f"/v1/projects/{PROJECT}/webhooks", params={"pageSize": 1})
        token = http.post("https://auth.sinch.com/oauth2/token", data={"grant_type": "client_credentials"})
    assert response.status_code == 200 and len(response.json()["webhooks"]) == 1
    assert response.json()["nextPageToken"]
    assert token.status_code == 200 and token.json()["token_type"] == "bearer"


async def test_a_configured_token_url_is_answered() -> None:
    mock = MockProvisioningAPI(token_url="https://login.example.com/token")
    async with ProvisioningClient(
        PROJECT,
        "k",
        "s",
        server="https://api.example.com",
        token_url="https://login.example.com/token",
        transport=mock,
    ) as client:
        await client.webhooks.list_webhooks()
    assert mock.token_requests == 1 and mock.calls[-1].status == 200


async def test_validation_and_auth_can_be_switched_off() -> None:
    mock = MockProvisioningAPI(validate=False, require_auth=False)
    async with httpx.AsyncClient(transport=mock, base_url=BASE) as http:
        response = await http.post(f"/v1/projects/{PROJECT}/webhooks", json={"target": 1})
    assert response.status_code == 201 and mock.calls[-1].body == {"target": 1}


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="page_size"):
        MockProvisioningAPI(page_size=0)
    with pytest.raises(ValueError, match="times"):
        MockProvisioningAPI().on("webhooks.list_webhooks", json={}, times=0)
    with pytest.raises(ValueError, match="error status"):
        MockProvisioningAPI().fail("webhooks.list_webhooks", status=200)
    with pytest.raises(TypeError, match="not both"):
        MockProvisioningAPI().on("webhooks.list_webhooks", lambda call: {}, json={})


def test_the_package_does_not_load_the_mock_or_its_table() -> None:
    code = (
        "import sys, sinch_provisioning; "
        "print([m for m in sys.modules if m.endswith(('_operations', 'testing'))])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "sinch_provisioning" not in result.stdout
