"""Render results as one Markdown table (pasteable into the README) and as JSON."""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from ._config import Config
from ._stats import Result, Summary

__all__ = ["table", "write_json"]

_HEAD = ("#", "benchmark", "baseline", "SDK", "ratio (median [min-max])", "target", "status", "notes")


def _cell(summary: Summary | None, result: Result) -> str:
    if summary is None:
        return "-"
    digits = 0 if summary.median * result.scale >= 100 else 1
    return summary.fmt(result.unit, result.scale, digits)


def _ratio(summary: Summary | None) -> str:
    if summary is None:
        return "-"
    return f"{summary.median:.2f}x [{summary.low:.2f}-{summary.high:.2f}]"


def table(results: Sequence[Result]) -> str:
    """One Markdown table, one row per figure."""
    rows = [_HEAD, tuple("---" for _ in _HEAD)]
    for r in results:
        rows.append(
            (
                r.id,
                r.what,
                f"{r.baseline_label}: {_cell(r.baseline, r)}" if r.baseline else r.baseline_label,
                _cell(r.sdk, r),
                _ratio(r.ratio),
                r.target,
                r.status,
                r.note.replace("|", "/"),
            )
        )
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


def write_json(path: Path, results: Sequence[Result], config: Config) -> None:
    """Machine-readable results with the sizes and the machine they came from."""
    versions: dict[str, str | None] = {}
    for dist in ("httpx", "httpcore", "anyio", "attrs", "sniffio"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    payload: dict[str, Any] = {
        "units": "summaries are in base units (s, calls/s, KiB); the table shows value * scale in unit",
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "versions": versions,
        "config": config.__dict__,
        "results": [r.as_json() for r in results],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
