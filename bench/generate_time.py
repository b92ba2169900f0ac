"""#5 the time of the full generation pipeline (``make generate``) into a temporary folder.

It runs ``python -m codegen.generate --out <tmp>``: the committed ``generated/``
tree is never touched.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._stats import Result, judge, summarise

__all__ = ["run"]

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 30.0


def _once() -> float:
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "codegen.generate", "--out", tmp],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            raise RuntimeError((proc.stderr or proc.stdout).strip().splitlines()[-1])
        if not (Path(tmp) / "sinch_provisioning" / "api").is_dir():
            raise RuntimeError("the generator wrote no package")
    return elapsed


def run(runs: int = 3) -> list[Result]:
    result = Result(
        id="5",
        what="make generate (normalise + openapi-python-client + tables)",
        baseline_label="-",
        target=f"<= {TARGET_SECONDS:.0f} s",
        unit="s",
        scale=1.0,
    )
    try:
        times = [_once() for _ in range(runs)]
    except RuntimeError as exc:
        result.status = "miss"
        result.note = f"generation failed: {exc}"
        return [result]
    result.sdk = summarise(times)
    result.status = judge(result.sdk.median, TARGET_SECONDS)
    return [result]
