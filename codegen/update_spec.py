"""``make update-spec SPEC=path/to/new.yaml``: bump the vendored description in one step.

Everything that can fail runs before the tree is touched: the new file must
load, pass the normaliser, carry a usable ``info.version`` and generate
cleanly (into a temporary folder). Only then are the files written, and if a
write fails the ones already written are put back, so the tree is either
fully updated or byte-identical to before:

1. ``generated/sinch_provisioning`` is replaced by the fresh generation;
2. the new file is copied byte for byte to ``openapi/provisioning.yaml``;
3. the change report (:mod:`codegen.spec_diff`) is added on top of
   ``openapi/CHANGES.md`` and printed;
4. ``CHANGELOG.md`` gets an entry and ``pyproject.toml`` the new version.

Versions: the package version is the spec's ``info.version`` (``1.2.118``).
Vendoring a changed description that keeps the version, or an SDK-only
release, adds ``.postN`` (``1.2.118.post1``). A spec older than the vendored
one is refused.

``--fail-on-breaking`` (or ``FAIL_ON_BREAKING=1``) prints the report and exits
with status 3, leaving the tree alone, when any change is breaking.

Webhook typing never blocks a bump: callbacks that map to no trigger, triggers
without callbacks and payload conflicts (:mod:`codegen.webhook_events`) are
listed as warnings in the report (and on stderr), and those triggers stay
untyped. ``--strict`` (``make update-spec STRICT=1``) prints the report and
exits with status 4, leaving the tree alone, when there is any such warning.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen import api_reference, generate
from codegen.normalise import SpecError, load_spec, normalise
from codegen.spec_diff import Change, fail_on_breaking_from_env, report, webhook_warnings

__all__ = ["UpdateError", "main", "next_version", "update"]

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path("openapi") / "provisioning.yaml"
CHANGES = Path("openapi") / "CHANGES.md"
CHANGELOG = Path("CHANGELOG.md")
PYPROJECT = Path("pyproject.toml")
GENERATED = Path("generated") / generate.PACKAGE

EXIT_ERROR = 1
EXIT_BREAKING = 3
EXIT_WEBHOOK_WARNINGS = 4
_MARKER = "<!-- newest first: make update-spec inserts entries below this line -->"
_SPEC_VERSION = re.compile(r"^\d+(?:\.\d+)*$")
_PACKAGE_VERSION = re.compile(r"^(?P<base>\d+(?:\.\d+)*)(?:\.post(?P<post>\d+))?$")
_VERSION_LINE = re.compile(r'^version = "(?P<version>[^"]*)"$', re.MULTILINE)


class UpdateError(Exception):
    """The update cannot go ahead; the message says why and the tree is unchanged."""


# --- versions -------------------------------------------------------------------------------


def _numbers(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def next_version(package_version: str, old_spec_version: str, new_spec_version: str) -> str:
    """The package version for vendoring ``new_spec_version`` over ``old_spec_version``.

    ``1.2.117`` + spec ``1.2.118`` -> ``1.2.118``; the same spec version again ->
    ``1.2.118.post1``, then ``.post2``, ...
    """
    if not _SPEC_VERSION.match(new_spec_version):
        raise UpdateError(f"info.version {new_spec_version!r} is not a dotted number such as 1.2.118")
    current = _PACKAGE_VERSION.match(package_version)
    if current is None:
        raise UpdateError(f"pyproject.toml version {package_version!r} is not <spec version>[.postN]")
    if _SPEC_VERSION.match(old_spec_version) and _numbers(new_spec_version) < _numbers(old_spec_version):
        raise UpdateError(f"info.version {new_spec_version} is older than the vendored {old_spec_version}")
    if current["base"] != new_spec_version:
        return new_spec_version
    return f"{new_spec_version}.post{int(current['post'] or 0) + 1}"


def _spec_version(spec: dict[str, Any], where: str) -> str:
    version = (spec.get("info") or {}).get("version")
    if not isinstance(version, str) or not version:
        raise UpdateError(f"{where}: info.version is missing")
    return version


# --- file contents --------------------------------------------------------------------------


def _with_version(pyproject: str, version: str) -> str:
    found = _VERSION_LINE.findall(pyproject)
    if len(found) != 1:
        raise UpdateError('pyproject.toml must have exactly one `version = "..."` line')
    return _VERSION_LINE.sub(f'version = "{version}"', pyproject, count=1)


def _prepend(document: str, entry: str) -> str:
    """Insert ``entry`` after the marker line (newest first), keeping everything else as is."""
    if _MARKER not in document:
        document = f"{document.rstrip()}\n\n{_MARKER}\n"
    head, tail = document.split(_MARKER, 1)
    tail = tail.lstrip("\n")
    return f"{head}{_MARKER}\n\n{entry.rstrip()}\n" + (f"\n{tail}" if tail else "")


def _changelog_entry(version: str, old: str, new: str, changes: list[Change], warnings: int = 0) -> str:
    breaking = [c for c in changes if c.breaking]
    lines = [f"## {version}", ""]
    if old == new:
        lines.append(f"- Regenerated from a revised Provisioning API description {new}: ")
    else:
        lines.append(f"- Provisioning API description {old} → {new}: ")
    lines[-1] += f"{_count(len(changes), 'change')}, {len(breaking)} breaking (`openapi/CHANGES.md`)."
    for change in breaking:
        subject = f"`{change.sdk_name}`" if change.sdk_name else f"`{change.subject}`"
        lines.append(f"- Breaking: {subject}: {change.detail}.")
    if warnings:
        lines.append(
            f"- Webhook typing: {_count(warnings, 'warning')}; those triggers parse as `UnknownWebhookEvent` "
            "(`openapi/CHANGES.md`)."
        )
    return "\n".join(lines) + "\n"


# --- the all-or-nothing write ---------------------------------------------------------------


class _Transaction:
    """Writes files and swaps the generated tree; :meth:`rollback` puts every old byte back."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], None]] = []
        self._cleanup: list[Callable[[], None]] = []

    def write(self, path: Path, data: bytes) -> None:
        previous = path.read_bytes() if path.exists() else None
        self._undo.append(lambda: _restore(path, previous))
        _atomic_write(path, data)

    def replace_tree(self, target: Path, fresh: Path) -> None:
        previous = generate.swap_tree(fresh, target)

        def undo() -> None:
            shutil.rmtree(target, ignore_errors=True)
            if previous is not None:
                previous.rename(target)

        self._undo.append(undo)
        if previous is not None:
            self._cleanup.append(lambda: shutil.rmtree(previous, ignore_errors=True))

    def commit(self) -> None:
        for step in self._cleanup:
            step()

    def rollback(self) -> None:
        for step in reversed(self._undo):
            step()


def _atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.update-spec.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _restore(path: Path, previous: bytes | None) -> None:
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        _atomic_write(path, previous)


# --- the command ----------------------------------------------------------------------------


def update(new_spec: Path, root: Path = ROOT, *, fail_on_breaking: bool = False, strict: bool = False) -> int:
    """Vendor ``new_spec`` into ``root``; return the exit status. Raises :class:`UpdateError`.

    Generation always uses this checkout's ``codegen`` (templates, generator config); ``root``
    only says where the files are written, which lets tests work on a copy.
    """
    try:
        data = new_spec.read_bytes()
    except OSError as exc:
        raise UpdateError(f"{new_spec}: cannot be read: {exc.strerror}") from exc
    try:
        spec = load_spec(new_spec)
        normalise(spec)
    except SpecError as exc:
        raise UpdateError(f"{new_spec} is not an OpenAPI description the normaliser accepts: {exc}") from exc
    vendored = root / SPEC
    if vendored.read_bytes() == data:
        print(f"update-spec: {new_spec} is already the vendored description; nothing to do")
        return 0
    old = load_spec(vendored)
    old_version, new_version = _spec_version(old, str(SPEC)), _spec_version(spec, str(new_spec))
    pyproject = (root / PYPROJECT).read_text(encoding="utf-8")
    current = _VERSION_LINE.search(pyproject)
    package_version = next_version(current["version"] if current else "", old_version, new_version)

    changes, text = report(old, spec)
    if (fail_on_breaking or fail_on_breaking_from_env()) and any(c.breaking for c in changes):
        print(text, end="")
        print(
            "update-spec: breaking changes found; nothing was changed (--fail-on-breaking)", file=sys.stderr
        )
        return EXIT_BREAKING
    warnings = webhook_warnings(spec)
    for warning in warnings:
        print(f"update-spec: warning: webhook typing: {warning}", file=sys.stderr)
    if strict and warnings:
        print(text, end="")
        print(
            f"update-spec: {_count(len(warnings), 'webhook typing warning')}; nothing was changed (--strict)",
            file=sys.stderr,
        )
        return EXIT_WEBHOOK_WARNINGS

    with tempfile.TemporaryDirectory(prefix="sinch-update-spec-") as tmp:
        staged_spec = Path(tmp) / "provisioning.yaml"
        staged_spec.write_bytes(data)
        workdir = Path(tmp) / "build"
        workdir.mkdir()
        try:
            fresh = generate.build(staged_spec, workdir)
        except Exception as exc:  # any failure here happens before the tree is touched
            raise UpdateError(f"{new_spec}: generation fails:\n{type(exc).__name__}: {exc}") from exc

        reference = api_reference.render(fresh)
        changes_md = _prepend(_read(root / CHANGES) or "# Provisioning API description changes\n", text)
        entry = _changelog_entry(package_version, old_version, new_version, changes, len(warnings))
        changelog = _prepend(_read(root / CHANGELOG) or "# Changelog\n", entry)
        bumped = _with_version(pyproject, package_version)
        transaction = _Transaction()
        try:
            transaction.replace_tree(root / GENERATED, fresh)
            transaction.write(root / api_reference.FILENAME, reference.encode())
            transaction.write(vendored, data)
            transaction.write(root / CHANGES, changes_md.encode())
            transaction.write(root / CHANGELOG, changelog.encode())
            transaction.write(root / PYPROJECT, bumped.encode())
        except BaseException:
            transaction.rollback()
            raise
        transaction.commit()

    print(text, end="")
    breaking = sum(c.breaking for c in changes)
    print(
        f"update-spec: vendored Provisioning API {new_version} (was {old_version}); "
        f"package version {package_version}; {_count(len(changes), 'change')}, {breaking} breaking, "
        f"{_count(len(warnings), 'webhook typing warning')}"
    )
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen.update_spec", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("spec", type=Path, nargs="?", help="the new OpenAPI description (YAML or JSON)")
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 3 without changing anything when a change is breaking",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 4 without changing anything when webhook typing reports a warning",
    )
    args = parser.parse_args(argv)
    if args.spec is None:
        print(
            "update-spec: give the new description: make update-spec SPEC=path/to/new.yaml", file=sys.stderr
        )
        return 2
    try:
        return update(args.spec, ROOT, fail_on_breaking=args.fail_on_breaking, strict=args.strict)
    except UpdateError as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        print("update-spec: the tree is unchanged", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
