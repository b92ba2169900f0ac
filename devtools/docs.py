"""``make docs``: the HTML API reference of the installed package, built with pdoc.

The package is assembled from ``overrides/`` and ``generated/`` (the editable
install joins them), so this documents what users import. Documented: the
package, its public submodules, and every tag package (its resource class,
whose methods carry the docstrings generated from the spec's facts).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import shutil
import sys
import warnings
from pathlib import Path

__all__ = ["OUTPUT", "build", "main", "public_modules"]

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "site"
PACKAGE = "sinch_provisioning"


def public_modules() -> list[str]:
    """The package, its public submodules and every ``api.<tag>`` package."""
    package = importlib.import_module(PACKAGE)
    from sinch_provisioning.api import TAGS

    submodules = sorted(
        f"{PACKAGE}.{info.name}"
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_")
    )
    tags = [importlib.import_module(f"{PACKAGE}.api.{tag}") for tag in TAGS]
    for module in tags:
        # pdoc reads module.__dict__: load the lazily imported resource classes (PEP 562) first.
        for name in module.__all__:
            getattr(module, name)
    return [PACKAGE, *submodules, *(module.__name__ for module in tags)]


def build(output: Path, modules: list[str] | None = None) -> Path:
    """Write the HTML reference of ``modules`` (default: :func:`public_modules`) into ``output``."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="google", show_source=False, footer_text="sinch-provisioning")
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    with warnings.catch_warnings():
        # Public classes report their public module (``_public.expose``); pdoc then cannot place
        # the source of their instance attributes, which show_source=False does not need.
        warnings.filterwarnings("ignore", message="Cannot determine where .* is taken from")
        pdoc.pdoc(*(modules or public_modules()), output_directory=output)
    return output / "index.html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devtools.docs", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUTPUT, help="output folder (replaced); default: site/")
    args = parser.parse_args(argv)
    index = build(args.out)
    print(f"docs: wrote {index.relative_to(ROOT) if index.is_relative_to(ROOT) else index}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
