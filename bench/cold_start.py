"""#1 cold start: import cost in a fresh interpreter, against ``import httpx``.

Each run is a new ``python -I`` child that times only its import statement with
``time.perf_counter``, so interpreter start-up is excluded on both sides. Runs
of baseline and SDK alternate so drift (caches, CPU frequency) hits both.
"""

from __future__ import annotations

import subprocess
import sys

from ._stats import Result, judge, summarise

__all__ = ["ENDPOINT_ONLY", "HTTPX", "SDK_FULL", "import_seconds", "run"]

HTTPX = "import httpx"
# Issue 2's figure: one endpoint module, no client.
ENDPOINT_ONLY = "import sinch_provisioning.api.rcs_senders.get_test_number_capabilities"
# Issue 7's figure: the package, the client and one endpoint.
SDK_FULL = (
    "import sinch_provisioning; from sinch_provisioning import ProvisioningClient; "
    "import sinch_provisioning.api.rcs_senders.get_test_number_capabilities"
)
TARGET = 2.0

_CHILD = "import time\nt0 = time.perf_counter()\n{stmt}\nprint(repr(time.perf_counter() - t0))\n"


class ImportFailed(RuntimeError):
    """The child could not run the import at all (e.g. a module does not exist yet)."""


def import_seconds(stmt: str) -> float:
    """Seconds spent in ``stmt`` in a fresh isolated interpreter."""
    proc = subprocess.run(
        [sys.executable, "-I", "-c", _CHILD.format(stmt=stmt)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        last = proc.stderr.strip().splitlines()[-1:] or ["exit " + str(proc.returncode)]
        raise ImportFailed(last[0])
    return float(proc.stdout.strip())


def _row(rid: str, what: str, stmt: str, runs: int) -> Result:
    result = Result(id=rid, what=what, baseline_label="import httpx", target=f"<= {TARGET:.1f}x")
    try:
        import_seconds(stmt)  # warm-up: writes .pyc files, fills the OS page cache
        import_seconds(HTTPX)
    except ImportFailed as exc:
        result.note = f"n/a until importable: {str(exc).split(' from ')[0]}"
        return result
    base: list[float] = []
    sdk: list[float] = []
    for i in range(runs):
        pair = [(base, HTTPX), (sdk, stmt)]
        for bucket, s in pair if i % 2 == 0 else reversed(pair):
            bucket.append(import_seconds(s))
    ratios = [s / b for s, b in zip(sdk, base, strict=True)]
    result.baseline, result.sdk = summarise(base), summarise(sdk)
    result.ratio = summarise(ratios)
    result.status = judge(result.ratio.median, TARGET)
    result.extra["ratio_of_medians"] = result.sdk.median / result.baseline.median
    return result


def run(runs: int = 15) -> list[Result]:
    """Both cold-start figures: issue 7's (client + endpoint) and issue 2's (endpoint only)."""
    return [
        _row("1", "cold import: package + ProvisioningClient + 1 endpoint", SDK_FULL, runs),
        _row("1b", "cold import: 1 endpoint module (issue 2)", ENDPOINT_ONLY, runs),
    ]
