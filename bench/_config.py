"""Benchmark sizes: defaults, ``--quick`` sizes, and ``BENCH_*`` environment overrides."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

__all__ = ["Config"]


@dataclass
class Config:
    """Sizes of every benchmark; field ``x`` can be set with ``BENCH_X`` or ``--x``."""

    import_runs: int = 15  # fresh interpreters per side for #1
    rounds: int = 5  # repeated rounds for #2, #3, #4, #6
    calls: int = 2000  # sequential calls, #2
    concurrency: int = 1000  # concurrent calls, #3
    items: int = 1000  # list items, #4
    generate_runs: int = 3  # full generator runs, #5

    @classmethod
    def quick(cls) -> Config:
        """Tiny sizes: proves every benchmark runs, measures nothing meaningful."""
        return cls(import_runs=2, rounds=1, calls=20, concurrency=20, items=10, generate_runs=1)

    def with_env(self, environ: dict[str, str] | None = None) -> Config:
        env = os.environ if environ is None else environ
        changes = {
            f.name: int(env[key])
            for f in dataclasses.fields(self)
            if (key := f"BENCH_{f.name.upper()}") in env
        }
        return dataclasses.replace(self, **changes)
