"""Public names report the public module they are imported from, not the private one.

A traceback then reads ``sinch_provisioning.NotFoundError`` rather than
``sinch_provisioning._errors.NotFoundError``, ``help()`` and doc tools list the
classes where users import them, and pickle finds them under that name.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, MutableMapping

__all__ = ["expose"]


def expose(
    module: str, names: Iterable[str], namespace: MutableMapping[str, object], *, private: str = ""
) -> None:
    """Set ``__module__`` to ``module`` on the classes and functions ``names`` that come from
    private modules (``private``, by default ``<module>._``, e.g. ``<module>._x``); anything else is
    left alone.

    A class's own string annotations are resolved first, in the module that
    defines them: ``typing.get_type_hints`` looks names up in ``__module__``, and
    the public module does not import what the annotations name.
    """
    private = private or module + "._"
    for name in names:
        obj = namespace[name]
        origin = str(getattr(obj, "__module__", ""))
        if not callable(obj) or not origin.startswith(private):
            continue
        _resolve_annotations(obj, vars(sys.modules[origin]))
        obj.__module__ = module


def _resolve_annotations(obj: object, scope: dict[str, object]) -> None:
    """A class's or function's own string annotations, evaluated where they were written.

    Doc tools (pdoc) resolve strings in ``__module__``; after ``expose`` that is the public
    module, which does not import what the annotations name.
    """
    # A class's own (not inherited) annotations; inspect.get_annotations costs import time.
    own = vars(obj).get("__annotations__") if isinstance(obj, type) else getattr(obj, "__annotations__", None)
    if own:
        obj.__annotations__ = {
            key: eval(value, scope) if isinstance(value, str) else value  # noqa: S307
            for key, value in own.items()
        }
