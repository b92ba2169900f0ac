"""``make test-wheel``: the package as users get it.

Builds the sdist and the wheel (``python -m build --no-isolation``: the pinned
hatchling of the dev venv, nothing fetched for the build), checks what the wheel
holds (one merged ``sinch_provisioning`` from ``overrides/`` and ``generated/``,
``py.typed``, the license, the metadata), installs it into a new venv, and runs
the runtime tests there from a temporary folder outside the checkout, with
``python -I`` so neither the working directory nor ``PYTHONPATH`` can supply the
package; a conftest asserts that ``sinch_provisioning`` was imported from the venv.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from pathlib import Path

__all__ = ["RUNTIME_TESTS", "WheelCheckError", "check_sdist", "check_wheel", "main"]

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

#: Test files that exercise the runtime only: no codegen, spec, Prism, examples or benchmarks
#: (test_bad_responses, test_forward_compat, test_fuzz, test_dict_bodies, test_paths and
#: test_typed_parsing read the spec through tests/contract).
RUNTIME_TESTS = (
    "fake_api.py",
    "test_auth.py",
    "test_client.py",
    "test_environment.py",
    "test_errors.py",
    "test_hostile.py",
    "test_logging.py",
    "test_parity.py",
    "test_parity_environment.py",
    "test_public_faces.py",
    "test_retry.py",
    "test_settings.py",
    "test_sync_threads.py",
    "test_token_refresh.py",
    "test_type_hints.py",
    "test_webhooks_signature.py",
    "twin.py",
)
#: The test tools, pinned as in pyproject.toml's dev extra.
TEST_TOOLS = ("pytest==9.0.3", "pytest-asyncio==1.3.0", "respx==0.22.0", "hypothesis==6.170.15")

#: Files the wheel must hold: hand-written, generated and marker files, merged into one package.
WHEEL_FILES = (
    "sinch_provisioning/__init__.py",
    "sinch_provisioning/py.typed",
    "sinch_provisioning/_client.py",
    "sinch_provisioning/_sync_client.py",
    "sinch_provisioning/webhooks.py",
    "sinch_provisioning/client.py",
    "sinch_provisioning/types.py",
    "sinch_provisioning/api/__init__.py",
    "sinch_provisioning/models/__init__.py",
)
METADATA_LINES = (
    "License-Expression: Apache-2.0",
    "License-File: LICENSE",
    "Requires-Python: >=3.10",
    "Classifier: Typing :: Typed",
    "Classifier: Programming Language :: Python :: 3.10",
    "Project-URL: Documentation, https://developers.sinch.com/docs/provisioning-api",
)

_PYTEST_INI = """[pytest]
asyncio_mode = auto
asyncio_default_fixture_loop_scope = session
addopts = -ra -p no:cacheprovider
"""

_CONFTEST = '''"""The package under test must be the installed wheel, not a checkout."""

import os
import sys

import sinch_provisioning


def pytest_sessionstart(session):
    location = os.path.realpath(sinch_provisioning.__file__)
    prefix = os.path.realpath(sys.prefix)
    assert location.startswith(prefix + os.sep), f"sinch_provisioning imported from {location}, not {prefix}"
    assert "overrides" not in location.split(os.sep), location
    print(f"testing the installed wheel: {location} (version {sinch_provisioning.__version__})")
'''


class WheelCheckError(RuntimeError):
    """The wheel or sdist is missing something, or the tests failed against it."""


def run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=cwd)


def build(outdir: Path) -> tuple[Path, Path]:
    """The sdist and the wheel, built from the checkout into ``outdir``."""
    run(sys.executable, "-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir", outdir, ROOT)
    (wheel,) = outdir.glob("*.whl")
    (sdist,) = outdir.glob("*.tar.gz")
    return wheel, sdist


def check_wheel(wheel: Path) -> None:
    """The merged package, py.typed, the license and the metadata; nothing of the checkout's layout."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = next(name.split("/")[0] for name in names if name.split("/")[0].endswith(".dist-info"))
        metadata = archive.read(f"{dist_info}/METADATA").decode("utf-8")
        license_name = f"{dist_info}/licenses/LICENSE"
        if license_name not in names:
            raise WheelCheckError(f"{wheel.name} lacks {license_name}")
        license_text = archive.read(license_name).decode("utf-8")
    missing = [name for name in WHEEL_FILES if name not in names]
    if missing:
        raise WheelCheckError(f"{wheel.name} lacks {missing}")
    if not any(
        name.startswith("sinch_provisioning/models/") and name.count("/") == 2
        for name in names - {"sinch_provisioning/models/__init__.py"}
    ):
        raise WheelCheckError(f"{wheel.name} holds no generated model modules")
    stray = sorted(
        name
        for name in names
        if not (name.startswith("sinch_provisioning/") or name.startswith(dist_info + "/"))
        or "__pycache__" in name
    )
    if stray:
        raise WheelCheckError(f"{wheel.name} holds files outside the package: {stray[:5]}")
    if "Apache License" not in license_text or "Version 2.0, January 2004" not in license_text:
        raise WheelCheckError("the wheel's LICENSE is not the Apache License 2.0")
    absent = [line for line in METADATA_LINES if line not in metadata.splitlines()]
    if absent:
        raise WheelCheckError(f"{wheel.name} METADATA lacks {absent}")
    print(f"{wheel.name}: {len(names)} files, merged package, py.typed, LICENSE and metadata present")


def check_sdist(sdist: Path) -> None:
    """The sdist can rebuild the wheel: both roots, the license and pyproject.toml."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = (
        "pyproject.toml",
        "LICENSE",
        "README.md",
        "overrides/sinch_provisioning/__init__.py",
        "generated/sinch_provisioning/api/__init__.py",
    )
    missing = [name for name in needed if name not in names]
    if missing:
        raise WheelCheckError(f"{sdist.name} lacks {missing}")
    print(f"{sdist.name}: {len(names)} files, both package roots, LICENSE and pyproject.toml present")


def test_installed(wheel: Path, workdir: Path, pytest_args: list[str]) -> None:
    """Install ``wheel`` into a new venv and run the runtime tests against it, outside the checkout."""
    env_dir = workdir / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, *TEST_TOOLS)
    tests = workdir / "tests"
    tests.mkdir()
    for name in RUNTIME_TESTS:
        shutil.copy2(TESTS / name, tests / name)
    (tests / "conftest.py").write_text(_CONFTEST, encoding="utf-8")
    (tests / "pytest.ini").write_text(_PYTEST_INI, encoding="utf-8")
    # -I: no working directory or PYTHONPATH on sys.path; only the venv can provide the package.
    run(
        python,
        "-I",
        "-m",
        "pytest",
        "-q",
        "--rootdir",
        tests,
        "-c",
        tests / "pytest.ini",
        tests,
        *pytest_args,
        cwd=tests,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (printed)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="sinch-wheel-"))
    try:
        wheel, sdist = build(workdir / "dist")
        check_wheel(wheel)
        check_sdist(sdist)
        test_installed(wheel, workdir, args.pytest_args)
    except WheelCheckError as exc:
        print(f"test-wheel: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"test-wheel: {exc}", file=sys.stderr)
        return exc.returncode or 1
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
