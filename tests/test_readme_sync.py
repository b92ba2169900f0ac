"""The README's "Sync client" snippet runs unchanged against the Prism mock, from the environment."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import sinch_provisioning.api

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def sync_snippet() -> str:
    start = README.index("## Sync client\n")
    end = README.index("\n## ", start + 1)
    blocks = re.findall(r"```python\n(.*?)```", README[start:end], flags=re.DOTALL)
    assert blocks, "no python snippet in 'Sync client'"
    return str(blocks[0])


def test_the_sync_snippet_builds_its_client_from_the_environment_only() -> None:
    snippet = sync_snippet()
    assert "SyncProvisioningClient()" in snippet
    assert "asyncio" not in snippet and "await" not in snippet


# TODO(merge): the resources (client.<tag>.<op>) of the sync client come from the codegen branch.
@pytest.mark.skipif(
    not hasattr(sinch_provisioning.api, "SyncProjectResources"), reason="sync resources not generated yet"
)
def test_the_sync_snippet_runs_unchanged_against_the_mock(tmp_path: Path) -> None:
    script = tmp_path / "quickstart_sync.py"
    script.write_text(sync_snippet(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "devtools.prism", "run", "--", sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "capabilities: [" in result.stdout
