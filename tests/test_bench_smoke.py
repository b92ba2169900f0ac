"""Each benchmark runs on a tiny size. No timing is asserted: benchmarks are not tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from bench import cold_start
from bench.__main__ import BENCHMARKS, main
from bench._config import Config
from bench._stats import Result

QUICK = Config.quick()
HAS_CLIENT = importlib.util.find_spec("sinch_provisioning._client") is not None


def _check(result: Result) -> None:
    assert result.status in {"ok", "miss", "info", "n/a"}
    if result.status != "n/a":
        assert result.sdk is not None
        assert result.sdk.runs >= 1
        assert result.sdk.low <= result.sdk.median <= result.sdk.high


def test_cold_start_endpoint_only_runs() -> None:
    rows = {r.id: r for r in cold_start.run(runs=2)}
    assert set(rows) == {"1", "1b"}
    endpoint = rows["1b"]
    _check(endpoint)
    assert endpoint.status != "n/a", endpoint.note
    assert endpoint.ratio is not None and endpoint.ratio.runs == 2
    if HAS_CLIENT:
        _check(rows["1"])
        assert rows["1"].status != "n/a", rows["1"].note


def test_import_failure_is_reported_not_raised() -> None:
    with pytest.raises(cold_start.ImportFailed, match="ModuleNotFoundError"):
        cold_start.import_seconds("import sinch_provisioning.no_such_module")


@pytest.mark.parametrize("key", sorted(BENCHMARKS))
def test_each_benchmark_runs_on_tiny_size(key: str) -> None:
    results = BENCHMARKS[key](QUICK)
    assert results
    for result in results:
        _check(result)


def test_main_prints_one_table_and_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "latest.json"
    assert main(["--quick", "--only", "1", "--import-runs", "1", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("| # | benchmark")
    data = json.loads(out.read_text())
    assert data["config"]["import_runs"] == 1
    assert [r["id"] for r in data["results"]] == ["1", "1b"]


def test_env_overrides_sizes() -> None:
    assert Config().with_env({"BENCH_CALLS": "7"}).calls == 7
