"""``python -m bench``: run every benchmark and print one table.

Sizes come from defaults, ``--quick``, ``BENCH_*`` variables, then options (last wins).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import calls, cold_start, generate_time, hostile, memory, parsing
from ._config import Config
from ._report import table, write_json
from ._stats import Result

__all__ = ["main"]

DEFAULT_OUT = Path(__file__).parent / "results" / "latest.json"

Bench = Callable[[Config], list[Result]]

BENCHMARKS: dict[str, Bench] = {
    "1": lambda c: cold_start.run(c.import_runs),
    "2": lambda c: calls.run_sequential(c.calls, c.rounds),
    "3": lambda c: calls.run_concurrent(c.concurrency, c.rounds),
    "4": lambda c: parsing.run(c.items, c.rounds),
    "5": lambda c: generate_time.run(c.generate_runs),
    "6": lambda c: memory.run(c.concurrency, min(c.rounds, 3)),
    "7": lambda c: hostile.run(c.rounds),
}


def _parse(argv: Sequence[str] | None) -> tuple[Config, list[str], Path]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke run)")
    parser.add_argument("--only", default="", help="comma-separated benchmark numbers, e.g. 1,4")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    for f in dataclasses.fields(Config):
        parser.add_argument(f"--{f.name.replace('_', '-')}", type=int, dest=f.name, default=None)
    args = parser.parse_args(argv)
    config = (Config.quick() if args.quick else Config()).with_env()
    overrides = {f.name: getattr(args, f.name) for f in dataclasses.fields(Config)}
    config = dataclasses.replace(config, **{k: v for k, v in overrides.items() if v is not None})
    only = [x.strip() for x in args.only.split(",") if x.strip()] or list(BENCHMARKS)
    unknown = set(only) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return config, only, args.out


def main(argv: Sequence[str] | None = None) -> int:
    config, only, out = _parse(argv)
    results: list[Result] = []
    for key in only:
        started = time.perf_counter()
        print(f"bench #{key} ...", file=sys.stderr, flush=True)
        results.extend(BENCHMARKS[key](config))
        print(f"bench #{key} done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print(table(results))
    write_json(out, results, config)
    print(f"\nresults: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
