"""The README's "Testing your code" example runs as written: a user's service and its pytest file."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def _files() -> dict[str, str]:
    section = README.read_text(encoding="utf-8").split("## Testing your code", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    files = {}
    for block in blocks:
        first, _, _ = block.partition("\n")
        if re.fullmatch(r"# \w+\.py", first):
            files[first[2:]] = block
    return files


def test_the_readme_has_the_service_and_its_tests() -> None:
    assert set(_files()) == {"notify.py", "test_notify.py"}


def test_the_readme_example_passes_as_written(tmp_path: Path) -> None:
    for name, text in _files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_notify.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout
