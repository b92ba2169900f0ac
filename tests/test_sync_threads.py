"""One SyncProvisioningClient shared by many threads: single-flight token refresh, one shared pool.

The token endpoint holds its answer until every other thread waits for the
refresh in flight, so the threads really pile up on a stale token; the
assertions count requests, never time.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import sinch_provisioning._auth as auth_module
from sinch_provisioning import AuthenticationError, SyncProvisioningClient
from sinch_provisioning.api.webhooks import list_webhooks
from twin import PROJECT, Driver, Wire, bearer

THREADS = 50


class Waiters:
    """Counts threads blocked on a refresh in flight (a stand-in for ``threading`` in ``_auth``)."""

    Lock = staticmethod(threading.Lock)

    def __init__(self) -> None:
        self.count = 0
        self.changed = threading.Condition()
        waiters = self

        class Event(threading.Event):
            def wait(self, timeout: float | None = None) -> bool:
                with waiters.changed:
                    waiters.count += 1
                    waiters.changed.notify_all()
                return super().wait(timeout)

        self.Event = Event

    def wait_for(self, count: int) -> None:
        """Block until ``count`` threads wait (at most 30 s: a broken single flight never gets there)."""
        with self.changed:
            self.changed.wait_for(lambda: self.count >= count, timeout=30)


@pytest.fixture
def waiters(monkeypatch: pytest.MonkeyPatch) -> Waiters:
    made = Waiters()
    monkeypatch.setattr(auth_module, "threading", made)
    return made


def in_threads(count: int, call: Callable[[], Any], wire: Wire, waiters: Waiters) -> list[Any]:
    """``call`` in ``count`` threads at once; each outcome (value or exception), in thread order.

    The token answer is held until the other ``count - 1`` threads wait for it.
    """
    wire.before_token = lambda: waiters.wait_for(count - 1)

    def run() -> Any:
        try:
            return call()
        except Exception as exc:
            return exc

    with ThreadPoolExecutor(count) as pool:
        outcomes = [future.result() for future in [pool.submit(run) for _ in range(count)]]
    wire.before_token = None
    return outcomes


@pytest.fixture
def driver() -> Any:
    made = Driver("sync")
    yield made
    made.finish()


def test_fifty_threads_with_an_expired_token_make_one_token_request(driver: Driver, waiters: Waiters) -> None:
    wire = Wire(expires_in=600)
    client = driver.client(wire)
    now = [1000.0]
    client.auth.clock = lambda: now[0]
    driver.call(client, list_webhooks, PROJECT)  # caches tok-1
    now[0] += 10_000  # ... which is now expired
    outcomes = in_threads(THREADS, lambda: list_webhooks.sync(PROJECT, client=client), wire, waiters)
    assert [type(o).__name__ for o in outcomes] == ["WebhookWebhookListDto"] * THREADS
    assert len(wire.token_requests) == 2
    assert [bearer(r) for r in wire.api_requests[1:]] == ["tok-2"] * THREADS


def test_a_failed_refresh_reaches_every_waiter_then_is_retried(driver: Driver, waiters: Waiters) -> None:
    wire = Wire()
    wire.token_answers.append(httpx.Response(401, json={"error": "invalid_client"}))
    client = driver.client(wire, max_retries=0)
    outcomes = in_threads(THREADS, lambda: list_webhooks.sync(PROJECT, client=client), wire, waiters)
    assert all(isinstance(o, AuthenticationError) for o in outcomes)
    assert len(wire.token_requests) == 1
    assert wire.api_requests == []
    list_webhooks.sync(PROJECT, client=client)
    assert len(wire.token_requests) == 2


def test_with_options_copies_share_the_token_across_threads(driver: Driver, waiters: Waiters) -> None:
    wire = Wire()
    client = driver.client(wire)
    copies = [client.with_options(timeout=t) for t in (1, 2, 3, 4, 5)]
    outcomes = in_threads(
        THREADS, lambda: list_webhooks.sync(PROJECT, client=copies[threading.get_ident() % 5]), wire, waiters
    )
    assert not [o for o in outcomes if isinstance(o, Exception)]
    assert len(wire.token_requests) == 1


class CountingTransport(httpx.BaseTransport):
    """Wraps the wire; counts closes (the pool is closed once, by the owner)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.closed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.closed += 1


def test_one_pool_for_the_owner_and_its_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    wire = Wire()
    counting = CountingTransport(wire.transport)
    import sinch_provisioning._sync_client as sync_client

    monkeypatch.setattr(sync_client, "_owned_sender", lambda trust_env: counting)
    client = SyncProvisioningClient(
        PROJECT, "key", "secret-value-1", server="https://api.example.test", auth="basic"
    )
    copy = client.with_options(max_retries=0)
    copy.close()
    assert counting.closed == 0
    list_webhooks.sync(PROJECT, client=copy)
    client.close()
    client.close()
    assert counting.closed == 1


def test_the_sync_client_never_imports_asyncio() -> None:
    code = """
import sys, httpx
from sinch_provisioning import SyncProvisioningClient
from sinch_provisioning.api.webhooks import list_webhooks
def answer(request):
    if request.url.path.endswith("/token"):
        return httpx.Response(200, json={"access_token": "abc", "token_type": "bearer", "expires_in": 60})
    body = {"totalSize": 0, "pageSize": 0, "webhooks": []}
    return httpx.Response(200 if answer.seen else 503, json=body, headers={"Retry-After": "0"})
answer.seen = False
def seen(request):
    response = answer(request)
    answer.seen = answer.seen or not request.url.path.endswith("/token")
    return response
with SyncProvisioningClient("p1", "k", "secret-1", server="https://api.example.test",
        token_url="https://auth.example.test/oauth2/token", transport=httpx.MockTransport(seen)) as client:
    list_webhooks.sync("p1", client=client)
assert "asyncio" not in sys.modules, "asyncio was imported"
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
