"""Summaries and result records shared by every benchmark.

Every figure is a ratio against a baseline measured in the same run, so each
benchmark produces paired samples (baseline, SDK) per round and the ratio is
computed per round; the table shows the median and the min-max of those.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Result", "Summary", "judge", "summarise"]


@dataclass(frozen=True)
class Summary:
    """Median and range of repeated measurements of one quantity."""

    median: float
    low: float
    high: float
    runs: int

    def fmt(self, unit: str, scale: float = 1.0, digits: int = 1) -> str:
        m, lo, hi = (self.median * scale, self.low * scale, self.high * scale)
        return f"{m:.{digits}f} {unit} [{lo:.{digits}f}-{hi:.{digits}f}]"


def summarise(values: Sequence[float]) -> Summary:
    """Summarise ``values`` (at least one sample)."""
    if not values:
        raise ValueError("no samples")
    return Summary(statistics.median(values), min(values), max(values), len(values))


@dataclass
class Result:
    """One row of the table: a ratio (or a plain figure) against a target.

    ``status`` is ``ok``, ``miss``, ``info`` (no target) or ``n/a`` (could not run,
    ``note`` says why).
    """

    id: str
    what: str
    baseline_label: str
    target: str
    status: str = "n/a"
    baseline: Summary | None = None
    sdk: Summary | None = None
    ratio: Summary | None = None
    unit: str = "ms"
    scale: float = 1e3
    extra: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def judge(ratio: float, limit: float, *, lower_is_better: bool = True) -> str:
    """``ok`` when ``ratio`` meets ``limit``, else ``miss``."""
    good = ratio <= limit if lower_is_better else ratio >= limit
    return "ok" if good else "miss"
