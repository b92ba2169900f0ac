"""#6 peak RSS of a process that imports the SDK and runs benchmark 3, against bare httpx.

Each run is a separate child process (``bench._memchild``), so one side's
allocations never inflate the other's peak (see ``bench._memchild`` for how it is read).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._server import running_server
from ._stats import Result, judge, summarise
from ._workload import sdk_available

__all__ = ["run"]

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5


def _peak_kib(side: str, base_url: str, calls: int) -> int:
    proc = subprocess.run(
        [sys.executable, "-m", "bench._memchild", side, base_url, str(calls)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{side} child failed: {proc.stderr.strip()[-300:]}")
    return int(proc.stdout.strip())


def run(concurrency: int = 1000, rounds: int = 3) -> list[Result]:
    result = Result(
        id="6",
        what=f"peak RSS: import + {concurrency} concurrent calls (#3)",
        baseline_label="httpx run",
        target=f"<= {TARGET}x",
        unit="MiB",
        scale=1 / 1024,
    )
    missing = sdk_available()
    if missing is not None:
        result.note = missing
        return [result]
    base: list[float] = []
    sdk: list[float] = []
    with running_server() as server:
        for i in range(rounds):
            pair = [(base, "bare"), (sdk, "sdk")]
            for bucket, side in pair if i % 2 == 0 else reversed(pair):
                bucket.append(_peak_kib(side, server.base_url, concurrency))
    result.baseline, result.sdk = summarise(base), summarise(sdk)
    result.ratio = summarise([s / b for s, b in zip(sdk, base, strict=True)])
    result.status = judge(result.ratio.median, TARGET)
    return [result]
