"""Find the operation of a request by method and route, or say which one was probably meant."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

import attrs

__all__ = ["Match", "Route", "Router", "close_names"]


@attrs.frozen
class Route:
    name: str
    method: str
    template: str
    pattern: re.Pattern[str]
    params: tuple[str, ...]
    literals: int  # fixed segments: the more, the more specific


@attrs.frozen
class Match:
    """``route`` is None when nothing matched; ``allowed`` lists the methods of a matching path."""

    route: Route | None
    path_params: dict[str, str]
    allowed: tuple[Route, ...] = ()
    closest: Route | None = None


def _compile(name: str, entry: Mapping[str, Any]) -> Route:
    template = str(entry["path"])
    params: list[str] = []
    parts: list[str] = []
    literals = 0
    for segment in template.strip("/").split("/"):
        found = re.fullmatch(r"\{([^{}]+)\}", segment)
        if found:
            params.append(found.group(1))
            parts.append(f"(?P<p{len(params) - 1}>[^/]+)")
        else:
            literals += 1
            parts.append(re.escape(segment))
    pattern = re.compile("/" + "/".join(parts))
    return Route(name, str(entry["method"]), template, pattern, tuple(params), literals)


def close_names(name: str, names: list[str]) -> str:
    """`` (did you mean 'a' or 'b'?)``, or an empty string when nothing is close."""
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""


class Router:
    """Routes of every operation; most specific (most fixed segments) first."""

    def __init__(self, operations: Mapping[str, Mapping[str, Any]]) -> None:
        routes = [_compile(name, entry) for name, entry in operations.items()]
        self.routes = sorted(routes, key=lambda r: -r.literals)

    def match(self, method: str, raw_path: str) -> Match:
        """Match ``raw_path`` (still percent-encoded), tried whole and then from its ``/v1/`` part."""
        candidates = [raw_path]
        if "/v1/" in raw_path and not raw_path.startswith("/v1/"):
            candidates.append(raw_path[raw_path.index("/v1/") :])  # a base URL with a path prefix
        for path in candidates:
            hits = [(route, found) for route in self.routes if (found := route.pattern.fullmatch(path))]
            for route, found in hits:
                if route.method == method:
                    values = {name: unquote(found.group(f"p{i}")) for i, name in enumerate(route.params)}
                    return Match(route, values)
            if hits:
                return Match(None, {}, allowed=tuple(route for route, _ in hits))
        return Match(None, {}, closest=self._closest(method, raw_path))

    def _closest(self, method: str, path: str) -> Route | None:
        """The route whose fixed segments look most like the request's (same method breaks ties)."""
        wanted = [unquote(segment) for segment in path.strip("/").split("/")][:64]

        def score(route: Route) -> float:
            template = route.template.strip("/").split("/")
            total = 0.0
            for have, want in zip(template, wanted, strict=False):
                if have.startswith("{"):
                    total += 0.5
                else:
                    total += difflib.SequenceMatcher(None, have, want[:200]).ratio()
            return total / max(len(template), len(wanted)) + (0.01 if route.method == method else 0.0)

        return max(self.routes, key=score, default=None)
