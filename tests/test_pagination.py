"""Auto-pagination: iter_<operation> across pages, stop conditions, the repeated-token guard."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, FakeAPI
from openapi_python_client.strings import snake_case
from sinch_provisioning import PaginationError, ProvisioningClient, ProvisioningError
from sinch_provisioning._pagination import paginate
from sinch_provisioning.api import TAGS
from sinch_provisioning.types import UNSET, Unset

from codegen.normalise import iter_operations, load_spec, normalise, tag_module

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "provisioning.yaml"


def webhook(n: int) -> dict[str, Any]:
    return {"id": f"wh-{n}", "target": f"https://example.test/{n}", "projectId": PROJECT, "triggers": []}


class Pages:
    """Serves ``pages`` (lists of webhook numbers) chained by tokens; ``tokens`` overrides them."""

    def __init__(self, pages: list[list[int]], tokens: list[str | None] | None = None) -> None:
        self.pages = pages
        self.tokens = tokens or [f"t{i + 1}" if i + 1 < len(pages) else None for i in range(len(pages))]
        self.asked: list[tuple[str | None, str | None]] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("pageToken")
        self.asked.append((token, request.url.params.get("pageSize")))
        index = 0 if token is None else int(token.lstrip("t").split("-")[0])
        body: dict[str, Any] = {
            "totalSize": sum(map(len, self.pages)),
            "pageSize": len(self.pages[index]),
            "webhooks": [webhook(n) for n in self.pages[index]],
        }
        if self.tokens[index] is not None:
            body["nextPageToken"] = self.tokens[index]
        return httpx.Response(200, json=body)


def client_for(fake: FakeAPI) -> ProvisioningClient:
    return ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=fake.transport
    )


async def test_iterates_every_item_across_pages() -> None:
    pages = Pages([[1, 2], [3], [4, 5, 6]])
    async with client_for(FakeAPI(api=pages)) as client:
        ids = [w.id async for w in client.webhooks.iter_list_webhooks(page_size=2)]
    assert ids == ["wh-1", "wh-2", "wh-3", "wh-4", "wh-5", "wh-6"]
    assert pages.asked == [(None, "2"), ("t1", "2"), ("t2", "2")]


async def test_stops_on_an_empty_token() -> None:
    pages = Pages([[1], [2], [3]], tokens=["t1", "", "t9"])
    async with client_for(FakeAPI(api=pages)) as client:
        ids = [w.id async for w in client.webhooks.iter_list_webhooks()]
    assert ids == ["wh-1", "wh-2"]
    assert len(pages.asked) == 2


async def test_stops_on_an_absent_token_and_handles_empty_pages() -> None:
    pages = Pages([[], [1], []])
    async with client_for(FakeAPI(api=pages)) as client:
        ids = [w.id async for w in client.webhooks.iter_list_webhooks()]
    assert ids == ["wh-1"]
    assert len(pages.asked) == 3


async def test_a_repeated_token_raises_instead_of_looping() -> None:
    pages = Pages([[1], [2], [3]], tokens=["t1", "t2", "t1"])
    seen: list[str] = []
    async with client_for(FakeAPI(api=pages)) as client:
        with pytest.raises(PaginationError) as caught:
            async for w in client.webhooks.iter_list_webhooks():
                seen.append(w.id)
    assert seen == ["wh-1", "wh-2", "wh-3"]
    assert isinstance(caught.value, ProvisioningError)
    assert caught.value.token == "t1"
    assert caught.value.operation == "webhooks.list_webhooks"
    assert len(pages.asked) == 3


async def test_a_token_repeating_itself_immediately_is_caught() -> None:
    pages = Pages([[1], [2]], tokens=["t1", "t1"])
    async with client_for(FakeAPI(api=pages)) as client:
        with pytest.raises(PaginationError):
            _ = [w async for w in client.webhooks.iter_list_webhooks()]
    assert len(pages.asked) == 2


async def test_pages_are_fetched_lazily() -> None:
    pages = Pages([[1, 2], [3]])
    async with client_for(FakeAPI(api=pages)) as client:
        async for _ in client.webhooks.iter_list_webhooks():
            break
    assert len(pages.asked) == 1


async def test_paginate_with_unset_items() -> None:
    answers = iter([("a", [1, 2]), ("b", UNSET), (None, [3])])

    async def fetch(token: str | Unset) -> tuple[str | None, Any]:
        return next(answers)

    got = [x async for x in paginate(fetch, lambda page: page[1], lambda page: page[0], operation="op")]
    assert got == [1, 2, 3]


def paginated_operations_in_spec() -> set[tuple[str, str]]:
    """(tag module, operationId) of every operation the issue says must paginate, read from the spec."""
    spec = normalise(load_spec(SPEC))
    schemas = spec["components"]["schemas"]

    def has_next_token(schema: dict[str, Any]) -> bool:
        if "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
        if "anyOf" in schema or "oneOf" in schema:
            return all(has_next_token(s) for s in schema.get("anyOf", schema.get("oneOf")))
        return "nextPageToken" in schema.get("properties", {})

    found = set()
    for _, _, operation in iter_operations(spec):
        names = {p.get("name") for p in operation.get("parameters", [])}
        if not {"pageToken", "pageSize"} <= names:
            continue
        ok = next(v for k, v in operation["responses"].items() if str(k).startswith("2"))
        schema = ok["content"]["application/json"]["schema"]
        if has_next_token(schema):
            found.add((tag_module(operation["tags"][0]), operation["operationId"]))
    return found


def test_every_paginated_operation_has_an_iterator() -> None:
    expected = {
        (tag, "iter_" + snake_case(operation_id)) for tag, operation_id in paginated_operations_in_spec()
    }
    assert len(expected) == 18
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    found = {
        (tag, name)
        for tag in TAGS
        for name, _ in inspect.getmembers(type(getattr(client, tag)), inspect.isfunction)
        if name.startswith("iter_")
    }
    assert found == expected
    for tag, name in found:
        resource = getattr(client, tag)
        wrapped = getattr(resource, name[len("iter_") :], None) or getattr(
            resource, name[len("iter_") :] + "_"
        )
        assert "page_token" in inspect.signature(wrapped).parameters
        assert "page_token" not in inspect.signature(getattr(resource, name)).parameters
