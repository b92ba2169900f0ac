"""#4 parsing a list response of ``items`` senders into models, against ``json.loads``.

The SDK side is what an endpoint does with the body: ``json.loads`` then
``RcsSenderListDto.from_dict``. When the ratio is over the limit the row carries
a cProfile summary of the SDK side so the hotspot is named, not guessed.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import time
from typing import Any

from ._payloads import check, model, sender_list
from ._stats import Result, summarise

__all__ = ["profile", "run"]

PROFILE_ABOVE = 20.0
MODEL = "RcsSenderListDto"


def _seconds(fn: Any, body: bytes) -> float:
    started = time.perf_counter()
    fn(body)
    return time.perf_counter() - started


def profile(body: bytes, top: int = 12) -> list[str]:
    """The ``top`` functions by own time while parsing ``body`` into the model."""
    cls = model(MODEL)
    profiler = cProfile.Profile()
    profiler.runcall(lambda: cls.from_dict(json.loads(body)))
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    lines = [ln.rstrip() for ln in out.getvalue().splitlines()]
    start = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls"))
    return [ln for ln in lines[start:] if ln.strip()]


def run(items: int = 1000, rounds: int = 5) -> list[Result]:
    cls = model(MODEL)
    body = sender_list(items)
    parsed = check(cls, body)  # the body fits the model (and warms up the imports)

    def sdk(data: bytes) -> Any:
        return cls.from_dict(json.loads(data))

    base: list[float] = []
    ours: list[float] = []
    for i in range(rounds):
        pair = [(base, json.loads), (ours, sdk)]
        for bucket, fn in pair if i % 2 == 0 else reversed(pair):
            bucket.append(_seconds(fn, body))
    result = Result(
        id="4",
        what=f"parse {items}-sender list ({len(body) / 1e6:.1f} MB) into {MODEL}",
        baseline_label="json.loads",
        target=f"report; profile if > {PROFILE_ABOVE:.0f}x",
        baseline=summarise(base),
        sdk=summarise(ours),
        ratio=summarise([s / b for s, b in zip(ours, base, strict=True)]),
        status="info",
    )
    result.extra.update(body_bytes=len(body), senders=len(parsed.senders))
    if result.ratio is not None and result.ratio.median > PROFILE_ABOVE:
        result.status = "miss"
        result.extra["profile"] = profile(body)
        result.note = "over 20x: see extra.profile in latest.json"
    return [result]
