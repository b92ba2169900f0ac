"""``make generate``: vendored spec -> normaliser -> openapi-python-client -> ``generated/``.

The output replaces ``generated/`` only when the whole pipeline succeeded, so a
failure never leaves a half-generated tree; ``api.md`` (the API reference, read
from the fresh package by codegen/api_reference.py) is replaced by a rename too.
``--check`` regenerates into a temporary folder and fails when ``generated/`` or
``api.md`` differs from it.
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen import api_reference
from codegen.doc_facts import annotate_models, write_facts_template
from codegen.e164_table import write_e164_table
from codegen.normalise import SpecError, dump, load_spec, normalise
from codegen.operations_table import write_operations_table
from codegen.resource_modules import split_resources
from codegen.webhook_events import write_module as write_webhook_events

__all__ = ["build", "main", "swap_tree"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "sinch_provisioning"


def build(spec_path: Path, workdir: Path) -> Path:
    """Generate the package for ``spec_path`` inside ``workdir``; return its folder."""
    spec = normalise(load_spec(spec_path))
    # The generator's input also carries the docstring facts of every model (x-sinch-doc) and
    # its templates the facts of every operation (_doc_facts.jinja): codegen/doc_facts.py.
    documented = copy.deepcopy(spec)
    annotate_models(documented)
    source = workdir / "normalised.json"
    source.write_text(dump(documented), encoding="utf-8")
    templates = workdir / "templates"
    shutil.copytree(ROOT / "codegen" / "templates", templates)
    write_facts_template(spec, templates)
    package = workdir / PACKAGE
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(source),
        "--meta", "none",
        "--output-path", str(package),
        "--config", str(ROOT / "generator-config.yml"),
        "--custom-template-path", str(templates),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (package / "api").is_dir():
        raise RuntimeError(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
    # The package root (__init__.py) is hand-written in overrides/.
    (package / "__init__.py").unlink()
    split_resources(package)
    # Tables derived from the spec for the hand-written layer: E.164 guard, webhook triggers.
    write_e164_table(spec, package)
    for problem in write_webhook_events(spec, package):  # warnings; `update-spec --strict` refuses them
        print(f"generate: warning: webhook typing: {problem}", file=sys.stderr)
    write_operations_table(spec, package)  # the in-process mock's routes and schemas
    shutil.rmtree(package / ".ruff_cache", ignore_errors=True)
    return package


def swap_tree(fresh: Path, target: Path) -> Path | None:
    """Copy ``fresh`` beside ``target`` and swap it in by renames, so ``target`` is never half-written.

    Returns where the previous tree now is (``None`` if there was none): the
    caller deletes it, or renames it back to undo the swap.
    """
    staged = target.with_name(f".{target.name}.new")
    previous = target.with_name(f".{target.name}.old")
    for leftover in (staged, previous):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(fresh, staged)
    if not target.exists():
        staged.rename(target)
        return None
    target.rename(previous)
    try:
        staged.rename(target)
    except OSError:
        previous.rename(target)
        raise
    return previous


def _differences(left: Path, right: Path) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in {left})" for name in cmp.left_only)
        found.extend(f"{prefix}{name} (only in {right})" for name in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(f"{prefix}{name} differs" for name in [*mismatch, *errors])
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def _same_text(path: Path, text: str) -> bool:
    return path.is_file() and path.read_text(encoding="utf-8") == text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.generate", description=__doc__)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "provisioning.yaml")
    parser.add_argument("--out", type=Path, default=None, help="default: generated/")
    parser.add_argument(
        "--reference", type=Path, default=None, help="the api.md to write (default: api.md, without --out)"
    )
    parser.add_argument(
        "--check", action="store_true", help="fail when --out (or api.md) differs from a fresh generation"
    )
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = ROOT / "generated"
        args.reference = args.reference or ROOT / api_reference.FILENAME

    target = args.out / PACKAGE
    with tempfile.TemporaryDirectory(prefix="sinch-generate-") as tmp:
        try:
            fresh = build(args.spec, Path(tmp))
        except SpecError as exc:
            print(f"generate: {args.spec}: {exc}", file=sys.stderr)
            return 1
        except RuntimeError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 1
        if args.check:
            if not target.is_dir():
                print(f"check-generated: {target} is missing; run `make generate`", file=sys.stderr)
                return 1
            differences = _differences(target, fresh)
            if args.reference is not None and not _same_text(args.reference, api_reference.render(fresh)):
                differences.append(f"{args.reference.name} differs")
            if differences:
                print(
                    "check-generated: generated/ (or api.md) is not what `make generate` produces now:",
                    file=sys.stderr,
                )
                print("\n".join(f"  {line}" for line in differences), file=sys.stderr)
                return 1
            print("check-generated: generated/ is up to date")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        reference = api_reference.render(fresh)
        old = swap_tree(fresh, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        if args.reference is not None:
            api_reference.write(args.reference, reference)
    print(f"generate: wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
