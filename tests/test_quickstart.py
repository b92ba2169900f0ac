"""``make demo``: examples/quickstart.py tells its story against the in-process mock, without errors."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

QUICKSTART = Path(__file__).resolve().parents[1] / "examples" / "quickstart.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quickstart", QUICKSTART)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_story_runs_with_realistic_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert await _load().main() == 0
    out = capsys.readouterr().out

    listed = re.findall(r"^   (01HZX[0-9A-Z]{21})  (https://\S+)  \[", out, flags=re.MULTILINE)
    assert len(listed) == 5 and "(3 pages fetched)" in out  # 3 existing + 2 created, 2 per page
    assert "'+1 (202) 555-0123' is +12025550123:" in out
    assert "'202-555-0199' refused before any request (0 sent)" in out and "E.164" in out
    assert "signature verified; RCS_SENDER_STATUS_UPDATED: LAUNCHING -> LAUNCHED" in out
    assert "Done: 6 API requests, 1 OAuth2 token request." in out
    # No placeholders, nothing failing on purpose.
    for unwanted in ("string", "example:", "Traceback", "PaginationError", "None"):
        assert unwanted not in out


def test_make_demo_needs_no_node() -> None:
    makefile = (QUICKSTART.parents[1] / "Makefile").read_text(encoding="utf-8")
    demo = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    assert "node_modules" not in demo and "prism" not in demo and "examples/quickstart.py" in demo


def test_the_script_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, str(QUICKSTART)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout.startswith("Provisioning API, project ")
