"""``sinch_provisioning.__version__``: the installed distribution's version.

In a source checkout the version is read from the checkout's ``pyproject.toml``
(the editable install's metadata can lag behind it); elsewhere from the
installed metadata. ``"0+unknown"`` when neither is found (e.g. a vendored copy).
"""

from __future__ import annotations

import os
import re

__all__ = ["DISTRIBUTION", "UNKNOWN", "version"]

DISTRIBUTION = "sinch-provisioning"
UNKNOWN = "0+unknown"
_VERSION_LINE = re.compile(r'^version\s*=\s*"([^"]+)"\s*$', re.MULTILINE)


def version(source_checkout: bool) -> str:
    """The package version (see the module docstring for where it comes from)."""
    if source_checkout:
        found = _pyproject_version()
        if found is not None:
            return found
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _pyproject_version() -> str | None:
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        with open(os.path.join(root, "pyproject.toml"), encoding="utf-8") as file:
            text = file.read(64 * 1024)
    except OSError:
        return None
    # The [project] table's version comes first in this project's pyproject.toml.
    match = _VERSION_LINE.search(text)
    return match.group(1) if match else None
