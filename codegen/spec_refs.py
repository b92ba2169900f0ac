"""Following local ``$ref`` pointers, shared by every codegen step that reads the normalised spec."""

from __future__ import annotations

from typing import Any

__all__ = ["resolve"]


def resolve(spec: dict[str, Any], node: Any, *, keep_siblings: bool = False) -> Any:
    """``node`` with its ``$ref`` chain followed to the target (``{}`` for a cycle or a non-local ref).

    ``keep_siblings``: keywords written beside a ``$ref`` (OpenAPI 3.1) win over the target's.
    """
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            target = target.get(key, {}) if isinstance(target, dict) else {}
        if keep_siblings and isinstance(target, dict):
            target = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        node = target
    return node
