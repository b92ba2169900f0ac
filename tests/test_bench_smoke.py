"""Each benchmark runs on a tiny size. No timing is asserted: benchmarks are not tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import httpx
import pytest

from bench import _payloads, cold_start
from bench.__main__ import BENCHMARKS, main
from bench._config import Config
from bench._server import running_server
from bench._stats import Result, summarise

QUICK = Config.quick()
HAS_CLIENT = importlib.util.find_spec("sinch_provisioning._client") is not None
NEEDS_CLIENT = {"1", "2", "2b", "3", "6"}


def _check(result: Result) -> None:
    assert result.status in {"ok", "miss", "info", "n/a"}
    if result.status == "n/a":
        assert result.note, "an n/a row says why"
        assert not (HAS_CLIENT and result.id in NEEDS_CLIENT), result.note
        return
    assert result.sdk is not None
    assert result.sdk.low <= result.sdk.median <= result.sdk.high


@pytest.mark.parametrize("key", sorted(BENCHMARKS))
def test_each_benchmark_runs_on_tiny_size(key: str) -> None:
    results = BENCHMARKS[key](QUICK)
    assert results and results[0].id == key
    for result in results:
        _check(result)
    if key == "3" and HAS_CLIENT:
        assert results[0].extra["token_requests"] == [1] * QUICK.rounds
        assert results[0].extra["api_requests"] == [QUICK.concurrency] * QUICK.rounds
    if key == "4":
        assert results[0].extra["senders"] == QUICK.items
    if key == "5":
        assert results[0].status != "miss" or "failed" not in results[0].note, results[0].note


def test_cold_start_endpoint_module_is_measured() -> None:
    rows = {r.id: r for r in cold_start.run(runs=2)}
    assert set(rows) == {"1", "1b"}
    assert rows["1b"].status != "n/a", rows["1b"].note
    assert rows["1b"].ratio is not None and rows["1b"].ratio.runs == 2


def test_import_failure_is_reported_not_raised() -> None:
    with pytest.raises(cold_start.ImportFailed, match="ModuleNotFoundError"):
        cold_start.import_seconds("import sinch_provisioning.no_such_module")


@pytest.mark.parametrize(
    ("path", "model"),
    [
        (
            "/v1/projects/p/rcs/senders/s/testNumbers/%2B12223334444/capabilities",
            "RcsTestNumberCapabilitiesDto",
        ),
        ("/v1/projects/p/webhooks", "WebhookWebhookListDto"),
        ("/v1/projects/p/rcs/senders", "RcsSenderListDto"),
    ],
)
def test_server_answers_bodies_that_parse_into_the_models(path: str, model: str) -> None:
    with running_server(list_items=3) as server, httpx.Client(base_url=server.base_url) as http:
        response = http.get(path)
        assert response.status_code == 200
        parsed = _payloads.check(_payloads.model(model), response.content)
        assert parsed.to_dict() == response.json()
        assert server.stats()["api"] == 1


def test_server_counts_token_requests_and_keeps_connections_alive() -> None:
    with running_server() as server, httpx.Client(base_url=server.base_url) as http:
        server.set_token_lifetime(7)
        server.reset()
        token = http.post("/oauth2/token", data={"grant_type": "client_credentials"}).json()
        http.post("/oauth2/token", data={"grant_type": "client_credentials"})
        assert token["expires_in"] == 7 and token["token_type"] == "Bearer" and token["access_token"]
        assert http.get("/nope").status_code == 404
        counts = server.stats()
        assert counts["token"] == 2
        assert counts["connections"] == 1  # three requests, one connection


def test_sender_list_has_nested_details() -> None:
    parsed = _payloads.check(_payloads.model("RcsSenderListDto"), _payloads.sender_list(4))
    assert [s.id for s in parsed.senders] == ["sender-0", "sender-1", "sender-2", "sender-3"]
    assert parsed.senders[0].details is not None and parsed.senders[0].country_status


def test_main_prints_one_table_and_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "latest.json"
    assert main(["--quick", "--only", "1,4", "--import-runs", "1", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("| # | benchmark")
    assert printed.count("\n| 4 |") == 1
    data = json.loads(out.read_text())
    assert data["config"]["import_runs"] == 1
    assert [r["id"] for r in data["results"]] == ["1", "1b", "4"]


def test_sizes_come_from_env_then_options() -> None:
    assert Config().with_env({"BENCH_CALLS": "7"}).calls == 7
    assert Config.quick().with_env({}).items == QUICK.items


def test_summary_is_median_and_range() -> None:
    summary = summarise([3.0, 1.0, 2.0, 10.0])
    assert (summary.median, summary.low, summary.high, summary.runs) == (2.5, 1.0, 10.0, 4)
