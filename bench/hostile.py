"""#7 event-loop blocking while a pathological error body becomes an exception.

A hostile server (or a broken proxy) answers with a large error page built to
make regular expressions backtrack (``a-a-a-...``, ``token=token=...``). What
matters inside an asyncio service is how long the event loop is blocked while
the SDK turns that answer into an exception: a heartbeat task measures the
longest gap between its turns during the call. Three paths, each through a
real :class:`ProvisioningClient` on an in-memory transport, no retries:

- ``api``: a 502 ``text/html`` page from an operation -> ``InternalServerError``;
- ``token``: a 503 from the OAuth2 token endpoint -> ``InternalServerError``;
- ``2xx``: a 200 ``text/html`` page where JSON was documented -> ``ResponseValidationError``.

Budget (issue 10): < 50 ms of blocking per MB of body; reported for 20 KB and 10 MB.
The baseline is the same call answered with a small, benign JSON error body: a
call has a fixed synchronous cost (request building, auth, parsing, the
exception) whatever the body; the budget applies to the blocking above it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx

from ._stats import Result, Summary, summarise

__all__ = ["BUDGET_MS_PER_MB", "SIZES", "run"]

BUDGET_MS_PER_MB = 50.0
SIZES = (20 * 1024, 10 * 1024 * 1024)
#: name -> (repeated unit, content type); the JSON one puts the pattern in the ``message`` field.
PATTERNS = {
    "a-a-": (b"a-", "text/html"),
    "token=": (b"token=", "text/html"),
    "secret_": (b'"secret_', "text/html"),
    "json message": (b'\\"secret_', "application/json"),
}
BENIGN = b'{"errorCode": "BAD_GATEWAY", "message": "upstream failed"}'


def _body(size: int, unit: bytes, content_type: str) -> bytes:
    if content_type == "application/json":
        inner = (unit * (size // len(unit) + 1))[: size - 20]
        inner = inner[: len(inner) - len(inner) % len(unit)]
        return b'{"message": "' + inner + b'"}'
    return (unit * (size // len(unit) + 1))[:size]


async def _max_gap(call: Callable[[], Awaitable[object]]) -> float:
    """The longest the loop went without running the heartbeat while ``call`` ran (seconds)."""
    gap = 0.0
    stop = False

    async def heartbeat() -> None:
        nonlocal gap
        last = time.perf_counter()
        while not stop:
            await asyncio.sleep(0)
            now = time.perf_counter()
            gap = max(gap, now - last)
            last = now

    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    try:
        await call()
    except Exception as exc:  # the point: an SDK error, raised quickly
        from sinch_provisioning import ProvisioningError

        if not isinstance(exc, ProvisioningError):
            raise
    finally:
        stop = True
        await beat
    return gap


def _client(handler: Callable[[httpx.Request], httpx.Response], *, oauth: bool) -> object:
    from sinch_provisioning import BearerToken, ProvisioningClient

    transport = httpx.MockTransport(handler)
    if oauth:
        return ProvisioningClient(
            "p",
            "key-id",
            "key-secret",
            server="https://api.example.test",
            token_url="https://auth.example.test/oauth2/token",
            transport=transport,
            max_retries=0,
        )
    auth = BearerToken("bench-static-token")
    return ProvisioningClient(
        "p", server="https://api.example.test", auth=auth, transport=transport, max_retries=0
    )


async def _one(path: str, body: bytes, content_type: str = "application/json") -> float:
    from sinch_provisioning import ProvisioningClient
    from sinch_provisioning.api.webhooks import list_webhooks

    status = {"api": 502, "token": 503, "2xx": 200}[path]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": content_type})

    client = _client(handler, oauth=path == "token")
    assert isinstance(client, ProvisioningClient)
    async with client:
        return await _max_gap(lambda: list_webhooks.asyncio("p", client=client))


def run(rounds: int = 5) -> list[Result]:
    try:
        import sinch_provisioning._client  # noqa: F401
    except ImportError as exc:  # pragma: no cover - the package is part of this repository
        return [Result(id="7", what="hostile error bodies", baseline_label="-", target="-", note=str(exc))]
    results: list[Result] = []
    rounds = max(1, rounds)
    baselines: dict[str, Summary] = {}
    for path in ("api", "token", "2xx"):
        asyncio.run(_one(path, BENIGN))  # warm-up: lazy imports of the operation and its models
        baselines[path] = summarise([asyncio.run(_one(path, BENIGN)) for _ in range(rounds)])
    for size in SIZES:
        mb = size / (1024 * 1024)
        for path in ("api", "token", "2xx"):
            baseline = baselines[path]
            by_body: dict[str, Summary] = {}
            for name, (unit, content_type) in PATTERNS.items():
                body = _body(size, unit, content_type)
                by_body[name] = summarise(
                    [asyncio.run(_one(path, body, content_type)) for _ in range(rounds)]
                )
            worst = max(by_body, key=lambda name: by_body[name].median)
            summary = by_body[worst]
            excess_ms = max(0.0, summary.median - baseline.median) * 1e3
            per_mb = excess_ms / mb
            label = f"{size // 1024} KB" if size < 1024 * 1024 else f"{mb:.0f} MB"
            result = Result(
                id="7",
                what=f"{label} pathological body -> exception, {path} path: longest event-loop block",
                baseline_label="benign 60 B error body",
                baseline=baseline,
                target=f"above baseline < {BUDGET_MS_PER_MB:.0f} ms/MB ({BUDGET_MS_PER_MB * mb:.1f} ms)",
                sdk=summary,
                status="ok" if per_mb < BUDGET_MS_PER_MB else "miss",
                note=f"above baseline: {excess_ms:.2f} ms = {per_mb:.2f} ms/MB (worst body: {worst!r})",
            )
            result.extra.update(
                body_bytes=size,
                path=path,
                excess_ms=excess_ms,
                ms_per_mb=per_mb,
                median_ms_by_body={name: s.median * 1e3 for name, s in by_body.items()},
            )
            results.append(result)
    return results
