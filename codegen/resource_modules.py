"""Move each tag's resource classes out of the tag package's ``__init__``.

The generator renders ``endpoint_init.py.jinja`` as ``api/<tag>/__init__.py``.
That module imports, at module level, every model its method signatures name
(so ``typing.get_type_hints`` resolves them), which is too heavy for the
package ``__init__`` that importing any one endpoint module runs. So it moves
to ``api/<tag>/_resource.py`` and the package ``__init__`` becomes a stub that
imports it on first access of either class (PEP 562): ``<Tag>Resource`` (async)
or ``Sync<Tag>Resource`` (blocking).
"""

from __future__ import annotations

import ast
from pathlib import Path

__all__ = ["MODULE", "split_resources", "stub", "sync_name"]

MODULE = "_resource"


def sync_name(resource: str) -> str:
    """The blocking twin of resource class ``resource`` (``SyncWebhooksResource``)."""
    return f"Sync{resource}"


def stub(tag: str, resource: str) -> str:
    """The tag package's ``__init__``: names both resource classes, imports them when asked."""
    twin = sync_name(resource)
    return f'''"""Endpoint functions for the ``{tag}`` tag, one module per operation, and the resources.

``client.{tag}`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`{resource}`, on a ``SyncProvisioningClient`` a :class:`{twin}`
(module ``{MODULE}``, imported on first use, so importing one endpoint module
stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .{MODULE} import {resource}, {twin}

__all__ = ["{resource}", "{twin}"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import {MODULE}

        value = getattr({MODULE}, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
'''


def _resource_name(source: str, where: Path) -> str:
    """The async resource class of a rendered module; its blocking twin must be there too."""
    names = [node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef)]
    for name in names:
        if name.endswith("Resource") and not name.startswith("Sync") and sync_name(name) in names:
            return name
    raise RuntimeError(f"{where}: no resource class with its Sync twin")


def split_resources(package: Path) -> None:
    """For every ``api/<tag>/__init__.py`` of ``package``: move it to ``_resource.py``, write the stub."""
    for init in sorted((package / "api").glob("*/__init__.py")):
        source = init.read_text(encoding="utf-8")
        resource = _resource_name(source, init)
        home = (
            f"\n\n# Their public home is the tag package, which imports this module on first use.\n"
            f'{resource}.__module__ = {sync_name(resource)}.__module__ = __name__.rpartition(".")[0]\n'
        )
        (init.parent / f"{MODULE}.py").write_text(source.rstrip("\n") + "\n" + home, encoding="utf-8")
        init.write_text(stub(init.parent.name, resource), encoding="utf-8")
