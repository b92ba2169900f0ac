"""#2 sequential calls and #3 concurrent calls with an expired token, against bare httpx.

Baseline and SDK alternate within each round (the order flips every round) on
one local server process, so both see the same machine state.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import sys
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from . import _workload as w
from ._server import Server, running_server
from ._stats import Result, judge, summarise

__all__ = ["run_concurrent", "run_sequential", "sniffio_missing"]

SEQ_TARGET = 1.2
THROUGHPUT_TARGET = 0.9

Runner = Callable[[Server, int], Coroutine[Any, Any, w.Timing]]
SyncRunner = Callable[[Server, int], w.Timing]


def _in_loop(runner: Runner) -> SyncRunner:
    return lambda server, calls: asyncio.run(runner(server, calls))


def _pairs(
    server: Server, bare: SyncRunner, sdk: SyncRunner, calls: int, rounds: int
) -> list[tuple[w.Timing, w.Timing]]:
    out = []
    for i in range(rounds):
        if i % 2 == 0:
            b = bare(server, calls)
            s = sdk(server, calls)
        else:
            s = sdk(server, calls)
            b = bare(server, calls)
        out.append((b, s))
    return out


def sniffio_missing() -> bool:
    """httpcore 1.0.x tries ``import sniffio`` on every lock setup; without sniffio each try fails slowly."""
    return "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None


@contextlib.contextmanager
def _sniffio_short_circuited() -> Iterator[None]:
    """Make the failing ``import sniffio`` fail fast (a ``None`` entry in ``sys.modules``), then undo it."""
    sys.modules["sniffio"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        del sys.modules["sniffio"]


def _sequential(
    server: Server, calls: int, rounds: int, rid: str = "2", what: str = "", sync: bool = False
) -> Result:
    result = Result(
        id=rid,
        what=what or f"{calls} sequential calls (client.rcs_senders.get_test_number_capabilities)",
        baseline_label="httpx.Client + json.loads" if sync else "httpx + json.loads",
        target=f"<= {SEQ_TARGET}x wall",
    )
    if sync:
        pairs = _pairs(server, w.bare_sync_sequential, w.sdk_sync_sequential, calls, rounds)
    else:
        pairs = _pairs(server, _in_loop(w.bare_sequential), _in_loop(w.sdk_sequential), calls, rounds)
    result.baseline = summarise([b.wall for b, _ in pairs])
    result.sdk = summarise([s.wall for _, s in pairs])
    result.ratio = summarise([s.wall / b.wall for b, s in pairs])
    result.unit, result.scale = "ms", 1e3
    cpu_sdk = summarise([s.cpu / s.calls * 1e6 for _, s in pairs])
    cpu_bare = summarise([b.cpu / b.calls * 1e6 for b, _ in pairs])
    cpu_ratio = summarise([(s.cpu / s.calls) / (b.cpu / b.calls) for b, s in pairs])
    result.extra.update(cpu_us_per_call_sdk=cpu_sdk, cpu_us_per_call_bare=cpu_bare, cpu_ratio=cpu_ratio)
    result.status = judge(result.ratio.median, SEQ_TARGET)
    result.note = (
        f"CPU/call: SDK {cpu_sdk.fmt('us', digits=0)}, httpx {cpu_bare.fmt('us', digits=0)}"
        f" (ratio {cpu_ratio.median:.2f}x)"
    )
    return result


def _concurrent(server: Server, calls: int, rounds: int) -> Result:
    result = Result(
        id="3",
        what=f"{calls} concurrent calls, expired token",
        baseline_label="httpx, same concurrency",
        target=f">= {THROUGHPUT_TARGET}x throughput, 1 token request",
    )
    pairs = _pairs(server, _in_loop(w.bare_concurrent), _in_loop(w.sdk_concurrent), calls, rounds)
    result.baseline = summarise([b.calls / b.wall for b, _ in pairs])
    result.sdk = summarise([s.calls / s.wall for _, s in pairs])
    result.ratio = summarise([(s.calls / s.wall) / (b.calls / b.wall) for b, s in pairs])
    result.unit, result.scale = "calls/s", 1.0
    tokens = [s.counts.get("token", 0) for _, s in pairs]
    answered = [s.counts.get("api", 0) for _, s in pairs]
    result.extra.update(token_requests=tokens, api_requests=answered)
    one_token = all(t == 1 for t in tokens) and all(a == calls for a in answered)
    fast = judge(result.ratio.median, THROUGHPUT_TARGET, lower_is_better=False) == "ok"
    result.status = "ok" if one_token and fast else "miss"
    result.note = f"token requests per round: {tokens}"
    return result


def _unavailable(rid: str, what: str) -> Result:
    missing = w.sdk_available()
    if missing is None:
        raise AssertionError("the SDK is available")
    return Result(id=rid, what=what, baseline_label="httpx", target="", note=missing)


def run_sequential(calls: int = 2000, rounds: int = 5) -> list[Result]:
    """Rows #2 (async client) and #2s (``SyncProvisioningClient`` against ``httpx.Client``)."""
    if w.sdk_available() is not None:
        return [_unavailable("2", "sequential calls")]
    with running_server() as server:
        rows = [_sequential(server, calls, rounds)]
        sync_what = f"{calls} sequential calls, SyncProvisioningClient (get_test_number_capabilities.sync)"
        rows.append(_sequential(server, calls, rounds, "2s", sync_what, sync=True))
        if sniffio_missing():
            # Both sides pay ~0.3 ms/call for httpcore's failed `import sniffio` (encode/httpcore#1103);
            # 2b removes it from both to show the SDK's overhead against the true floor.
            rows[0].note += "; sniffio absent: both sides pay httpcore's failed import per call"
            with _sniffio_short_circuited():
                rows.append(
                    _sequential(
                        server,
                        calls,
                        rounds,
                        "2b",
                        "#2 with httpcore's failed `import sniffio` short-circuited",
                    )
                )
        return rows


def run_concurrent(concurrency: int = 1000, rounds: int = 5) -> list[Result]:
    """Row #3 (``n/a`` while the client does not exist)."""
    if w.sdk_available() is not None:
        return [_unavailable("3", "concurrent calls")]
    with running_server() as server:
        return [_concurrent(server, concurrency, rounds)]
