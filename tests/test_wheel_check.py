"""``devtools.wheel_check.check_wheel`` refuses wheels that lack what users need (``make test-wheel``)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from devtools.wheel_check import METADATA_LINES, WHEEL_FILES, WheelCheckError, check_wheel

ROOT = Path(__file__).resolve().parent.parent
DIST_INFO = "sinch_provisioning-1.2.117.dist-info"


def make_wheel(path: Path, *, drop: str = "", metadata: tuple[str, ...] = METADATA_LINES) -> Path:
    files = {name: "" for name in WHEEL_FILES}
    files["sinch_provisioning/models/webhook_webhook_dto.py"] = ""
    files[f"{DIST_INFO}/METADATA"] = "\n".join(("Metadata-Version: 2.4", *metadata)) + "\n"
    files[f"{DIST_INFO}/licenses/LICENSE"] = (ROOT / "LICENSE").read_text(encoding="utf-8")
    files.pop(drop, None)
    wheel = path / "sinch_provisioning-1.2.117-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return wheel


def test_a_complete_wheel_passes(tmp_path: Path) -> None:
    check_wheel(make_wheel(tmp_path))


@pytest.mark.parametrize(
    "drop",
    ["sinch_provisioning/py.typed", "sinch_provisioning/api/__init__.py", f"{DIST_INFO}/licenses/LICENSE"],
)
def test_a_wheel_missing_a_file_fails(tmp_path: Path, drop: str) -> None:
    with pytest.raises(WheelCheckError, match="lacks"):
        check_wheel(make_wheel(tmp_path, drop=drop))


def test_a_wheel_without_the_typed_classifier_fails(tmp_path: Path) -> None:
    lines = tuple(line for line in METADATA_LINES if "Typing" not in line)
    with pytest.raises(WheelCheckError, match="Typing :: Typed"):
        check_wheel(make_wheel(tmp_path, metadata=lines))


def test_the_license_is_the_apache_license() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
