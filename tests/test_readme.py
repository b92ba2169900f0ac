"""The README's "Use it in your project" section: its snippet runs unchanged against the mock.

The snippet is taken from README.md as written and run in a fresh interpreter under
``python -m devtools.prism run``, which points the SDK's environment variables at Prism.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from sinch_provisioning import _settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def quickstart() -> str:
    blocks = re.findall(r"```python\n(.*?)```", section("Use it in your project"), flags=re.DOTALL)
    assert blocks, "no python snippet in 'Use it in your project'"
    return str(blocks[0])


def test_the_quickstart_runs_unchanged_against_the_mock(tmp_path: Path) -> None:
    script = tmp_path / "quickstart.py"
    script.write_text(quickstart(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "devtools.prism", "run", "--", sys.executable, str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "capabilities: [" in result.stdout


def test_the_quickstart_builds_its_client_from_the_environment_only() -> None:
    assert "ProvisioningClient()" in quickstart()


def test_every_variable_the_client_reads_is_in_the_table() -> None:
    table = section("Use it in your project")
    names = [value for key, value in vars(_settings).items() if key.startswith("ENV_")]
    assert len(names) == 6
    for name in [*names, "SINCH_PROVISIONING_LOG_BODIES", "HTTPS_PROXY", "NO_PROXY", "SSL_CERT_FILE"]:
        assert f"`{name}`" in table, name


def test_the_fresh_machine_commands_come_first() -> None:
    first_block = README.split("```bash\n", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.splitlines()] == [["make", "demo"], ["make", "test"]]
    assert README.index("make demo") < README.index("## ")
