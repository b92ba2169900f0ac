"""The request workloads of #2, #3 and #6, for the SDK and for bare httpx.

Both sides send the same request (path, ``Authorization: Bearer``, ``User-Agent``)
over one ``httpx`` connection pool with default limits. The SDK side goes
through ``client.rcs_senders.get_test_number_capabilities`` (auth, E.164 check,
parsing into the model); the bare side does ``AsyncClient.get`` + ``json.loads``.
Nothing here imports the models, so a child process measuring memory only pays
for what the workload itself imports.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from ._server import Server

__all__ = [
    "Timing",
    "bare_concurrent",
    "bare_sequential",
    "bare_sync_sequential",
    "sdk_available",
    "sdk_concurrent",
    "sdk_sequential",
    "sdk_sync_sequential",
]

PROJECT = "bench-project"
SENDER = "bench-sender"
NUMBER = "+12223334444"
PATH = f"/v1/projects/{PROJECT}/rcs/senders/{SENDER}/testNumbers/{quote(NUMBER, safe='')}/capabilities"
HEADERS = {"Authorization": "Bearer static-token", "User-Agent": "sinch-provisioning-python"}
#: Token lifetime that makes the SDK's cached token stale at once (below its refresh skew) and,
#: after ``_EXPIRY_WAIT``, expired on any clock.
_SHORT_LIFETIME = 1
_EXPIRY_WAIT = 1.1


@dataclass(frozen=True)
class Timing:
    """One timed run: wall and CPU seconds of ``calls`` calls, and the server's counts for it."""

    calls: int
    wall: float
    cpu: float
    counts: dict[str, int]


def sdk_available() -> str | None:
    """``None`` if ``ProvisioningClient`` imports, else why not."""
    try:
        from sinch_provisioning import ProvisioningClient  # noqa: F401
    except ImportError as exc:
        return f"ProvisioningClient not importable yet ({exc.__class__.__name__})"
    return None


def _sdk_client(server: Server) -> Any:
    from sinch_provisioning import ProvisioningClient

    return ProvisioningClient(
        project_id=PROJECT,
        key_id="bench-key",
        key_secret="bench-secret",
        server=server.base_url,
        token_url=server.token_url,
    )


def _sync_sdk_client(server: Server) -> Any:
    from sinch_provisioning import SyncProvisioningClient

    return SyncProvisioningClient(
        project_id=PROJECT,
        key_id="bench-key",
        key_secret="bench-secret",
        server=server.base_url,
        token_url=server.token_url,
    )


def _sync_timed(server: Server, calls: int, body: Callable[[], None]) -> Timing:
    server.reset()
    wall, cpu = time.perf_counter(), time.process_time()
    body()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Timing(calls, wall, cpu, dict(server.stats()))


async def _timed(server: Server, calls: int, body: Callable[[], Awaitable[None]]) -> Timing:
    server.reset()
    wall, cpu = time.perf_counter(), time.process_time()
    await body()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Timing(calls, wall, cpu, dict(server.stats()))


def _bare_client(server: Server) -> httpx.AsyncClient:
    # Headers on the client, as the SDK does: per-request headers would cost a merge per call.
    return httpx.AsyncClient(base_url=server.base_url, headers=HEADERS, trust_env=False)


async def _bare_call(http: httpx.AsyncClient) -> None:
    response = await http.get(PATH)
    if response.status_code != 200:
        raise RuntimeError(f"unexpected status {response.status_code}")
    json.loads(response.content)


async def bare_sequential(server: Server, calls: int, warmup: int = 50) -> Timing:
    async with _bare_client(server) as http:
        for _ in range(warmup):
            await _bare_call(http)

        async def body() -> None:
            for _ in range(calls):
                await _bare_call(http)

        return await _timed(server, calls, body)


async def sdk_sequential(server: Server, calls: int, warmup: int = 50) -> Timing:
    server.set_token_lifetime(3600)
    async with _sdk_client(server) as client:
        for _ in range(warmup):
            await client.rcs_senders.get_test_number_capabilities(sender_id=SENDER, test_number=NUMBER)

        async def body() -> None:
            for _ in range(calls):
                await client.rcs_senders.get_test_number_capabilities(sender_id=SENDER, test_number=NUMBER)

        return await _timed(server, calls, body)


def bare_sync_sequential(server: Server, calls: int, warmup: int = 50) -> Timing:
    """#2 for blocking code: ``httpx.Client.get`` + ``json.loads``."""
    with httpx.Client(base_url=server.base_url, headers=HEADERS, trust_env=False) as http:

        def call() -> None:
            response = http.get(PATH)
            if response.status_code != 200:
                raise RuntimeError(f"unexpected status {response.status_code}")
            json.loads(response.content)

        for _ in range(warmup):
            call()

        def body() -> None:
            for _ in range(calls):
                call()

        return _sync_timed(server, calls, body)


def sdk_sync_sequential(server: Server, calls: int, warmup: int = 50) -> Timing:
    """#2 for blocking code: ``SyncProvisioningClient`` through the generated ``sync()``."""
    from sinch_provisioning.api.rcs_senders import get_test_number_capabilities as operation

    server.set_token_lifetime(3600)
    with _sync_sdk_client(server) as client:
        for _ in range(warmup):
            operation.sync(PROJECT, SENDER, NUMBER, client=client)

        def body() -> None:
            for _ in range(calls):
                operation.sync(PROJECT, SENDER, NUMBER, client=client)

        return _sync_timed(server, calls, body)


async def bare_concurrent(server: Server, calls: int) -> Timing:
    async with _bare_client(server) as http:
        await asyncio.gather(*(_bare_call(http) for _ in range(min(calls, 100))))  # open the pool
        await asyncio.sleep(_EXPIRY_WAIT)  # the same pause as the SDK side: surplus connections settle

        async def body() -> None:
            await asyncio.gather(*(_bare_call(http) for _ in range(calls)))

        return await _timed(server, calls, body)


async def sdk_concurrent(server: Server, calls: int) -> Timing:
    """``calls`` concurrent calls that all find the cached token expired."""
    server.set_token_lifetime(_SHORT_LIFETIME)
    async with _sdk_client(server) as client:

        async def call() -> None:
            await client.rcs_senders.get_test_number_capabilities(sender_id=SENDER, test_number=NUMBER)

        await asyncio.gather(*(call() for _ in range(min(calls, 100))))  # open the pool, cache a token
        await asyncio.sleep(_EXPIRY_WAIT)  # ... which is now expired
        server.set_token_lifetime(3600)

        async def body() -> None:
            await asyncio.gather(*(call() for _ in range(calls)))

        return await _timed(server, calls, body)
