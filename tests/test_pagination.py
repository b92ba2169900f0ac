"""Auto-pagination: iter_<operation> across pages, stop conditions, the repeated-token guard.

Both drivers (async ``paginate``, blocking ``paginate_sync``) decide through one
:class:`~sinch_provisioning._pagination.PageCursor`; the behaviour tests run
through both clients' resources.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx
import pytest
from contract.sync_client import SyncTestClient
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, FakeAPI
from openapi_python_client.strings import snake_case
from sinch_provisioning import (
    BearerToken,
    PaginationError,
    ProvisioningClient,
    ProvisioningError,
    _pagination,
)
from sinch_provisioning._pagination import RECENT_TOKENS, PageCursor, paginate, paginate_sync
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
        return self.answer(request)

    def answer(self, request: httpx.Request) -> httpx.Response:
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


DRIVERS = pytest.mark.parametrize("driver", ["async", "sync"])


async def webhook_ids(
    driver: str, pages: Pages, seen: list[str] | None = None, *, first_only: bool = False, **kwargs: Any
) -> list[str]:
    """The ids ``iter_list_webhooks(**kwargs)`` yields (into ``seen``, kept if it raises) on either client."""
    seen = [] if seen is None else seen
    if driver == "async":
        async with client_for(FakeAPI(api=pages)) as client:
            async for w in client.webhooks.iter_list_webhooks(**kwargs):
                seen.append(w.id)
                if first_only:
                    break
        return seen
    transport = httpx.MockTransport(pages.answer)
    with SyncTestClient(PROJECT, server=BASE_URL, auth=BearerToken("t"), transport=transport) as blocking:
        iterator = blocking.webhooks.iter_list_webhooks(**kwargs)
        assert not inspect.isawaitable(iterator) and not hasattr(iterator, "__aiter__")
        for w in iterator:
            seen.append(w.id)
            if first_only:
                break
    return seen


@DRIVERS
async def test_iterates_every_item_across_pages(driver: str) -> None:
    pages = Pages([[1, 2], [3], [4, 5, 6]])
    ids = await webhook_ids(driver, pages, page_size=2)
    assert ids == ["wh-1", "wh-2", "wh-3", "wh-4", "wh-5", "wh-6"]
    assert pages.asked == [(None, "2"), ("t1", "2"), ("t2", "2")]


@DRIVERS
async def test_stops_on_an_empty_token(driver: str) -> None:
    pages = Pages([[1], [2], [3]], tokens=["t1", "", "t9"])
    assert await webhook_ids(driver, pages) == ["wh-1", "wh-2"]
    assert len(pages.asked) == 2


@DRIVERS
async def test_stops_on_an_absent_token_and_handles_empty_pages(driver: str) -> None:
    pages = Pages([[], [1], []])
    assert await webhook_ids(driver, pages) == ["wh-1"]
    assert len(pages.asked) == 3


@DRIVERS
async def test_a_repeated_token_raises_instead_of_looping(driver: str) -> None:
    pages = Pages([[1], [2], [3]], tokens=["t1", "t2", "t1"])
    seen: list[str] = []
    with pytest.raises(PaginationError) as caught:
        await webhook_ids(driver, pages, seen)
    assert seen == ["wh-1", "wh-2", "wh-3"]
    assert isinstance(caught.value, ProvisioningError)
    assert caught.value.token == "t1"
    assert caught.value.operation == "webhooks.list_webhooks"
    assert len(pages.asked) == 3


@DRIVERS
async def test_a_token_repeating_itself_immediately_is_caught(driver: str) -> None:
    pages = Pages([[1], [2]], tokens=["t1", "t1"])
    with pytest.raises(PaginationError):
        await webhook_ids(driver, pages)
    assert len(pages.asked) == 2


@DRIVERS
async def test_pages_are_fetched_lazily(driver: str) -> None:
    pages = Pages([[1, 2], [3]])
    assert await webhook_ids(driver, pages, first_only=True) == ["wh-1"]
    assert len(pages.asked) == 1


async def test_paginate_with_unset_items() -> None:
    answers = iter([("a", [1, 2]), ("b", UNSET), (None, [3])])

    async def fetch(token: str | Unset) -> tuple[str | None, Any]:
        return next(answers)

    got = [x async for x in paginate(fetch, lambda page: page[1], lambda page: page[0], operation="op")]
    assert got == [1, 2, 3]


def test_paginate_sync_with_unset_items() -> None:
    answers = iter([("a", [1, 2]), ("b", UNSET), (None, [3])])
    asked: list[str | Unset] = []

    def fetch(token: str | Unset) -> tuple[str | None, Any]:
        asked.append(token)
        return next(answers)

    got = paginate_sync(fetch, lambda page: page[1], lambda page: page[0], operation="op")
    assert not asked  # nothing is fetched before the iteration starts
    assert list(got) == [1, 2, 3]
    assert asked == [UNSET, "a", "b"]


# --- the shared cursor -------------------------------------------------------------------------


def test_cursor_follows_tokens_and_stops_on_empty_or_absent() -> None:
    for end in ("", None, UNSET):
        cursor = PageCursor("op")
        assert cursor.token is UNSET and cursor.pages == 0
        assert cursor.advance("a") is True and cursor.token == "a"
        assert cursor.advance("b") is True and cursor.token == "b"
        assert cursor.advance(end) is False
        assert cursor.pages == 3


def test_cursor_refuses_a_repeated_token_with_the_page_count() -> None:
    cursor = PageCursor("tag.op")
    for token in ("a", "b", "c"):
        cursor.advance(token)
    with pytest.raises(PaginationError) as caught:
        cursor.advance("b")
    assert (caught.value.operation, caught.value.token, caught.value.pages) == ("tag.op", "b", 4)


def test_cursor_memory_is_bounded_and_long_loops_are_still_caught() -> None:
    cursor = PageCursor("op")
    for n in range(RECENT_TOKENS * 5):
        assert cursor.advance(f"token-{n}")
    assert len(cursor._recent) == len(cursor._order) == RECENT_TOKENS
    # A loop longer than the exact window: the doubling checkpoint catches it within two turns.
    loop = RECENT_TOKENS * 3 + 7
    cursor = PageCursor("op")
    with pytest.raises(PaginationError) as caught:
        for n in range(loop * 10):
            cursor.advance(f"token-{n % loop}")
    assert loop < caught.value.pages <= 4 * loop
    assert len(cursor._recent) <= RECENT_TOKENS


def test_a_huge_repeated_token_is_not_quoted_whole() -> None:
    huge = "x" * 10_000_000
    cursor = PageCursor("op")
    cursor.advance(huge)
    with pytest.raises(PaginationError) as caught:
        cursor.advance("x" * 10_000_000)
    message = str(caught.value)
    assert len(message) < 300
    assert "(10000000 characters)" in message
    assert all(isinstance(digest, int) for digest in cursor._recent)  # hashes, not the tokens


async def test_both_drivers_decide_through_the_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []

    class Refusing(PageCursor):
        """Stops after the first page whatever the server says."""

        def __init__(self, operation: str) -> None:
            super().__init__(operation)
            made.append(operation)

        def advance(self, following: str | Unset | None) -> bool:
            super().advance(following)
            return False

    monkeypatch.setattr(_pagination, "PageCursor", Refusing)

    def page(token: str | Unset) -> tuple[str, list[int]]:
        return ("next", [1])

    async def page_async(token: str | Unset) -> tuple[str, list[int]]:
        return page(token)

    blocking = list(paginate_sync(page, lambda p: p[1], lambda p: p[0], operation="sync-op"))
    awaited = [x async for x in paginate(page_async, lambda p: p[1], lambda p: p[0], operation="async-op")]
    assert blocking == awaited == [1]
    assert made == ["sync-op", "async-op"]


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
