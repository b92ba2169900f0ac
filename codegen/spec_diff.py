"""The API change report between two versions of the vendored description.

Both descriptions go through :func:`codegen.normalise.normalise` first, so the
known defects of the published file (and their fixes) never show up as
changes. Only what changes the contract is compared: operations, parameters,
request bodies, responses, callbacks, schemas (properties, types, ``required``,
enums, union alternatives), servers and security. Descriptions, examples,
titles, key order and list order of sets (enums, ``required``, security
alternatives) are ignored, so a bump that only touches those reports nothing.

``$ref`` targets are compared by name and every component schema is compared
once, under its own path (``components.schemas.Foo.properties.bar``), so a
change in a shared schema is reported once, not once per operation using it.

**Breaking** means that a client built from the old description stops working
against a server that implements the new one. Whether a schema change breaks
depends on which way the data flows, so every schema node carries the
directions it is used in: ``request`` (parameters, request bodies, callback
responses) and ``response`` (responses, callback request bodies, i.e. webhook
payloads the SDK parses), followed through ``$ref`` chains; ``readOnly``
limits a property to responses and ``writeOnly`` to requests. A component
schema no operation uses counts as both. Then:

* operation removed, or its generated function renamed / moved: breaking;
* parameter added as required, or made required: breaking; removed: not;
* property removed: breaking where the schema is read (responses);
* property added as required, or made required: breaking where it is sent
  (requests); a property no longer required breaks responses;
* type changed: breaking; becoming nullable breaks responses, no longer
  nullable breaks requests;
* enum value removed: breaking; added: not (the SDK keeps unknown values);
* union alternative added breaks responses; removed breaks requests;
* response status or media type removed: breaking; added: not;
* server removed, security alternative or scheme removed or changed: breaking.

The report ends with the *webhook typing warnings* of the new description
(:mod:`codegen.webhook_events`): callbacks and triggers left untyped.

``python -m codegen.spec_diff OLD NEW [--fail-on-breaking]`` prints the report.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from codegen.normalise import SpecError, iter_operations, load_spec, normalise
from codegen.webhook_events import Problem, derive

__all__ = [
    "Change",
    "diff_specs",
    "fail_on_breaking_from_env",
    "main",
    "render",
    "render_webhook_warnings",
    "report",
    "webhook_warnings",
]

REQUEST = "request"
RESPONSE = "response"
_BOTH = frozenset({REQUEST, RESPONSE})
_NONE: frozenset[str] = frozenset()
# String formats the generator turns into a different Python type; other formats are validation only.
_TYPED_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})
_SCHEMA_PREFIX = "#/components/schemas/"


@attrs.frozen(order=True)
class Change:
    """One entry of the report; ``kind`` is a stable machine-readable tag such as ``property-removed``."""

    section: int  # sort key: 0 operations, 1 schemas, 2 servers and security
    subject: str  # original operationId, schema name, "servers" or "security"
    path: str  # dotted JSON path in the normalised description
    kind: str
    detail: str
    breaking: bool
    sdk_name: str = ""  # "tag.function" of the generated endpoint module, for operations


# --- schema shapes --------------------------------------------------------------------------


@attrs.frozen
class _Shape:
    kind: str  # "ref Foo", "object", "array", "string", "string(date-time)", "union", "all-of", "any", ...
    nullable: bool
    node: dict[str, Any]  # the schema that carries the kind (wrappers and null alternatives removed)
    read_only: bool
    write_only: bool


def _shape(node: Any) -> _Shape:
    """Look through single-``$ref`` ``allOf`` wrappers and ``null`` alternatives."""
    if not isinstance(node, dict):
        return _Shape("any", False, {}, False, False)
    nullable = node.get("nullable") is True
    read_only = node.get("readOnly") is True
    write_only = node.get("writeOnly") is True
    while True:
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and "properties" not in node and "$ref" not in node:
            node = all_of[0] if isinstance(all_of[0], dict) else {}
            read_only = read_only or node.get("readOnly") is True
            write_only = write_only or node.get("writeOnly") is True
            continue
        union_key = "anyOf" if "anyOf" in node else "oneOf" if "oneOf" in node else None
        if union_key is not None and isinstance(node[union_key], list):
            alternatives = node[union_key]
            non_null = [
                alt for alt in alternatives if not (isinstance(alt, dict) and alt.get("type") == "null")
            ]
            if len(non_null) != len(alternatives):
                nullable = True
            if len(non_null) == 1:
                node = non_null[0] if isinstance(non_null[0], dict) else {}
                continue
            if len(non_null) > 1:
                return _Shape("union", nullable, node, read_only, write_only)
        break
    return _Shape(_kind(node), nullable or node.get("nullable") is True, node, read_only, write_only)


def _kind(node: dict[str, Any]) -> str:
    ref = node.get("$ref")
    if isinstance(ref, str):
        return f"ref {ref.removeprefix(_SCHEMA_PREFIX)}"
    kind = node.get("type")
    if isinstance(kind, str):
        fmt = node.get("format")
        return f"{kind}({fmt})" if kind == "string" and fmt in _TYPED_FORMATS else kind
    if isinstance(node.get("allOf"), list):
        return "all-of"
    if "properties" in node:
        return "object"
    if "const" in node:
        return f"const {_value(node['const'])}"
    if "enum" in node:
        return "enum"
    return "any"


def _value(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _describe(shape: _Shape) -> str:
    return f"{shape.kind} | null" if shape.nullable else shape.kind


def _only(directions: frozenset[str], shape: _Shape) -> frozenset[str]:
    if shape.read_only:
        directions = directions & {RESPONSE}
    if shape.write_only:
        directions = directions & {REQUEST}
    return directions


def _alternative_keys(node: dict[str, Any]) -> dict[str, Any]:
    """Union or allOf members keyed by ``$ref`` name, else by kind and position among that kind."""
    members = node.get("anyOf") or node.get("oneOf") or node.get("allOf") or []
    keyed: dict[str, Any] = {}
    counts: dict[str, int] = defaultdict(int)
    for member in members:
        if isinstance(member, dict) and member.get("type") == "null":
            continue
        kind = _shape(member).kind
        counts[kind] += 1
        keyed[kind if counts[kind] == 1 else f"{kind} #{counts[kind]}"] = member
    return keyed


# --- usage directions -----------------------------------------------------------------------


def _refs(node: Any, directions: frozenset[str]) -> Iterator[tuple[str, frozenset[str]]]:
    """Every component schema referenced below ``node``, with the directions it is used in there."""
    if isinstance(node, dict):
        if node.get("readOnly") is True:
            directions = directions & {RESPONSE}
        if node.get("writeOnly") is True:
            directions = directions & {REQUEST}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
            yield ref.removeprefix(_SCHEMA_PREFIX), directions
        for value in node.values():
            yield from _refs(value, directions)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value, directions)


def _operation_parts(operation: dict[str, Any]) -> Iterator[tuple[Any, frozenset[str]]]:
    """The pieces of an operation and the direction their data flows in."""
    yield operation.get("parameters"), frozenset({REQUEST})
    yield operation.get("requestBody"), frozenset({REQUEST})
    yield operation.get("responses"), frozenset({RESPONSE})
    for callback in (operation.get("callbacks") or {}).values():
        for item in (callback or {}).values():
            for method, inner in (item or {}).items():
                if isinstance(inner, dict) and method != "parameters":
                    # The server sends the callback request; the SDK parses it (webhook payloads).
                    yield inner.get("requestBody"), frozenset({RESPONSE})
                    yield inner.get("responses"), frozenset({REQUEST})


def _usage(spec: dict[str, Any]) -> dict[str, frozenset[str]]:
    schemas = spec.get("components", {}).get("schemas", {}) or {}
    usage: dict[str, frozenset[str]] = defaultdict(frozenset)
    pending: list[tuple[str, frozenset[str]]] = []
    for _, _, operation in iter_operations(spec):
        for part, directions in _operation_parts(operation):
            pending.extend(_refs(part, directions))
    while pending:
        name, directions = pending.pop()
        if directions <= usage[name]:
            continue
        usage[name] = usage[name] | directions
        pending.extend(_refs(schemas.get(name), usage[name]))
    return {name: usage.get(name) or _BOTH for name in schemas}


# --- the comparison -------------------------------------------------------------------------


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self._section = 0
        self._subject = ""
        self._sdk_name = ""

    def add(self, path: str, kind: str, detail: str, breaking: bool) -> None:
        self.changes.append(
            Change(self._section, self._subject, path, kind, detail, breaking, self._sdk_name)
        )

    def _at(self, section: int, subject: str, sdk_name: str = "") -> None:
        self._section, self._subject, self._sdk_name = section, subject, sdk_name

    # schemas

    def schema(self, old: Any, new: Any, path: str, directions: frozenset[str]) -> None:
        before, after = _shape(old), _shape(new)
        directions = _only(directions, after)
        if before.kind != after.kind:
            self.add(
                path,
                "type-changed",
                f"type changed from {_describe(before)} to {_describe(after)}",
                bool(directions),
            )
            return
        if before.nullable != after.nullable:
            if after.nullable:
                self.add(
                    path,
                    "type-changed",
                    f"type changed from {_describe(before)} to {_describe(after)}",
                    RESPONSE in directions,
                )
            else:
                self.add(
                    path,
                    "type-changed",
                    f"type changed from {_describe(before)} to {_describe(after)}",
                    REQUEST in directions,
                )
        left, right = before.node, after.node
        if after.kind == "union" or after.kind == "all-of":
            self._members(left, right, path, directions, after.kind)
        self._enum(left, right, path, directions)
        self._object(left, right, path, directions)
        if isinstance(left.get("items"), dict) and isinstance(right.get("items"), dict):
            self.schema(left["items"], right["items"], f"{path}.items", directions)
        extra_old, extra_new = left.get("additionalProperties"), right.get("additionalProperties")
        if isinstance(extra_old, dict) and isinstance(extra_new, dict):
            self.schema(extra_old, extra_new, f"{path}.additionalProperties", directions)

    def _members(
        self, left: dict[str, Any], right: dict[str, Any], path: str, directions: frozenset[str], kind: str
    ) -> None:
        old_members, new_members = _alternative_keys(left), _alternative_keys(right)
        label = "alternative" if kind == "union" else "allOf member"
        for key in sorted(old_members.keys() - new_members.keys()):
            breaking = REQUEST in directions if kind == "union" else bool(directions)
            self.add(
                f"{path}[{key}]", f"{label.split()[0].lower()}-removed", f"{label} {key} removed", breaking
            )
        for key in sorted(new_members.keys() - old_members.keys()):
            breaking = RESPONSE in directions if kind == "union" else bool(directions)
            self.add(f"{path}[{key}]", f"{label.split()[0].lower()}-added", f"{label} {key} added", breaking)
        for key in sorted(old_members.keys() & new_members.keys()):
            self.schema(old_members[key], new_members[key], f"{path}[{key}]", directions)

    def _enum(
        self, left: dict[str, Any], right: dict[str, Any], path: str, directions: frozenset[str]
    ) -> None:
        old_enum, new_enum = left.get("enum"), right.get("enum")
        if not isinstance(old_enum, list) and not isinstance(new_enum, list):
            return
        if not isinstance(old_enum, list):
            self.add(f"{path}.enum", "enum-added", "values restricted to an enum", REQUEST in directions)
            return
        if not isinstance(new_enum, list):
            self.add(f"{path}.enum", "enum-removed", "enum restriction removed", RESPONSE in directions)
            return
        old_values = {_value(v) for v in old_enum}
        new_values = {_value(v) for v in new_enum}
        for value in sorted(old_values - new_values):
            self.add(f"{path}.enum", "enum-value-removed", f"enum value {value} removed", bool(directions))
        for value in sorted(new_values - old_values):
            self.add(f"{path}.enum", "enum-value-added", f"enum value {value} added", False)

    def _object(
        self, left: dict[str, Any], right: dict[str, Any], path: str, directions: frozenset[str]
    ) -> None:
        old_props = _mapping(left.get("properties"))
        new_props = _mapping(right.get("properties"))
        old_required = set(left.get("required") or []) & set(old_props)
        new_required = set(right.get("required") or []) & set(new_props)
        for name in sorted(old_props.keys() - new_props.keys()):
            used = _only(directions, _shape(old_props[name]))
            self.add(
                f"{path}.properties.{name}",
                "property-removed",
                f"property {name!r} removed",
                RESPONSE in used,
            )
        for name in sorted(new_props.keys() - old_props.keys()):
            used = _only(directions, _shape(new_props[name]))
            if name in new_required:
                self.add(
                    f"{path}.properties.{name}",
                    "property-added",
                    f"required property {name!r} added",
                    REQUEST in used,
                )
            else:
                self.add(f"{path}.properties.{name}", "property-added", f"property {name!r} added", False)
        for name in sorted(old_props.keys() & new_props.keys()):
            where = f"{path}.properties.{name}"
            used = _only(directions, _shape(new_props[name]))
            if name in new_required and name not in old_required:
                self.add(where, "property-required", f"property {name!r} became required", REQUEST in used)
            elif name in old_required and name not in new_required:
                self.add(
                    where, "property-optional", f"property {name!r} is no longer required", RESPONSE in used
                )
            self.schema(old_props[name], new_props[name], where, directions)

    def components(self) -> None:
        old_schemas = self.old.get("components", {}).get("schemas", {}) or {}
        new_schemas = self.new.get("components", {}).get("schemas", {}) or {}
        old_usage, new_usage = _usage(self.old), _usage(self.new)
        for name in sorted(old_schemas.keys() | new_schemas.keys()):
            self._at(1, name)
            path = f"components.schemas.{name}"
            if name not in new_schemas:
                self.add(path, "schema-removed", "schema removed", False)
            elif name not in old_schemas:
                self.add(path, "schema-added", "schema added", False)
            else:
                directions = old_usage[name] | new_usage[name]
                self.schema(old_schemas[name], new_schemas[name], path, directions)

    # operations

    def operations(self) -> None:
        old_ops = {(path, method): op for path, method, op in iter_operations(self.old)}
        new_ops = {(path, method): op for path, method, op in iter_operations(self.new)}
        for key in sorted(old_ops.keys() | new_ops.keys()):
            path, method = key
            where = f"paths.{path}.{method}"
            old, new = old_ops.get(key), new_ops.get(key)
            current = new if new is not None else old
            assert current is not None
            self._at(0, _original_id(current), _sdk_name(current))
            if old is None:
                self.add(where, "operation-added", f"operation {method.upper()} {path} added", False)
            elif new is None:
                self.add(where, "operation-removed", f"operation {method.upper()} {path} removed", True)
            else:
                self.operation(old, new, where)

    def operation(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        if _sdk_name(old) != _sdk_name(new):
            self.add(
                where,
                "operation-renamed",
                f"generated function moved from {_sdk_name(old)} to {_sdk_name(new)}",
                True,
            )
        elif _original_id(old) != _original_id(new):
            self.add(where, "operation-id-changed", f"operationId was {_original_id(old)}", False)
        self.parameters(old.get("parameters") or [], new.get("parameters") or [], f"{where}.parameters")
        self.request_body(
            old.get("requestBody"), new.get("requestBody"), f"{where}.requestBody", frozenset({REQUEST})
        )
        self.responses(
            old.get("responses") or {},
            new.get("responses") or {},
            f"{where}.responses",
            frozenset({RESPONSE}),
        )
        if "security" in old or "security" in new:
            self.security(old.get("security"), new.get("security"), f"{where}.security")
        self.callbacks(old.get("callbacks") or {}, new.get("callbacks") or {}, f"{where}.callbacks")

    def parameters(self, old: list[Any], new: list[Any], where: str) -> None:
        def keyed(items: list[Any]) -> dict[str, dict[str, Any]]:
            return {f"{p.get('in')}:{p.get('name')}": p for p in items if isinstance(p, dict)}

        before, after = keyed(old), keyed(new)
        for key in sorted(before.keys() - after.keys()):
            self.add(f"{where}[{key}]", "parameter-removed", f"parameter {key} removed", False)
        for key in sorted(after.keys() - before.keys()):
            if after[key].get("required") is True:
                self.add(f"{where}[{key}]", "parameter-added", f"required parameter {key} added", True)
            else:
                self.add(f"{where}[{key}]", "parameter-added", f"optional parameter {key} added", False)
        for key in sorted(before.keys() & after.keys()):
            was, now = before[key].get("required") is True, after[key].get("required") is True
            if now and not was:
                self.add(f"{where}[{key}]", "parameter-required", f"parameter {key} became required", True)
            elif was and not now:
                self.add(
                    f"{where}[{key}]", "parameter-optional", f"parameter {key} is no longer required", False
                )
            self.schema(
                before[key].get("schema"),
                after[key].get("schema"),
                f"{where}[{key}].schema",
                frozenset({REQUEST}),
            )

    def request_body(self, old: Any, new: Any, where: str, directions: frozenset[str]) -> None:
        sent = REQUEST in directions  # False for callback bodies, which the server sends
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(new, dict):
            self.add(where, "request-body-removed", "request body removed", not sent)
            return
        if not isinstance(old, dict):
            required = new.get("required") is True
            detail = "required request body added" if required else "optional request body added"
            self.add(where, "request-body-added", detail, required and sent)
            return
        was, now = old.get("required") is True, new.get("required") is True
        if now and not was:
            self.add(where, "request-body-required", "request body became required", sent)
        elif was and not now:
            self.add(where, "request-body-optional", "request body is no longer required", not sent)
        self.content(old.get("content") or {}, new.get("content") or {}, f"{where}.content", directions)

    def content(
        self, old: dict[str, Any], new: dict[str, Any], where: str, directions: frozenset[str]
    ) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.add(f"{where}.{media}", "media-type-removed", f"media type {media} removed", True)
        for media in sorted(new.keys() - old.keys()):
            self.add(f"{where}.{media}", "media-type-added", f"media type {media} added", False)
        for media in sorted(old.keys() & new.keys()):
            self.schema(
                (old[media] or {}).get("schema"),
                (new[media] or {}).get("schema"),
                f"{where}.{media}.schema",
                directions,
            )

    def responses(
        self, old: dict[str, Any], new: dict[str, Any], where: str, directions: frozenset[str]
    ) -> None:
        received = RESPONSE in directions
        for status in sorted(old.keys() - new.keys(), key=str):
            self.add(f"{where}.{status}", "response-removed", f"response {status} removed", received)
        for status in sorted(new.keys() - old.keys(), key=str):
            self.add(f"{where}.{status}", "response-added", f"response {status} added", not received)
        for status in sorted(old.keys() & new.keys(), key=str):
            self.content(
                (old[status] or {}).get("content") or {},
                (new[status] or {}).get("content") or {},
                f"{where}.{status}.content",
                directions,
            )

    def callbacks(self, old: dict[str, Any], new: dict[str, Any], where: str) -> None:
        def flat(callbacks: dict[str, Any]) -> dict[str, dict[str, Any]]:
            found = {}
            for name, expressions in callbacks.items():
                for expression, item in (expressions or {}).items():
                    for method, operation in (item or {}).items():
                        if isinstance(operation, dict) and method != "parameters":
                            found[f"{name}.{expression}.{method}"] = operation
            return found

        before, after = flat(old), flat(new)
        for key in sorted(before.keys() - after.keys()):
            self.add(f"{where}.{key}", "callback-removed", "callback removed", False)
        for key in sorted(after.keys() - before.keys()):
            self.add(f"{where}.{key}", "callback-added", "callback added", False)
        for key in sorted(before.keys() & after.keys()):
            self.request_body(
                before[key].get("requestBody"),
                after[key].get("requestBody"),
                f"{where}.{key}.requestBody",
                frozenset({RESPONSE}),
            )
            self.responses(
                before[key].get("responses") or {},
                after[key].get("responses") or {},
                f"{where}.{key}.responses",
                frozenset({REQUEST}),
            )

    # servers and security

    def servers(self) -> None:
        self._at(2, "servers")
        before = {s.get("url") for s in self.old.get("servers") or [] if isinstance(s, dict)}
        after = {s.get("url") for s in self.new.get("servers") or [] if isinstance(s, dict)}
        for url in sorted(before - after, key=str):
            self.add("servers", "server-removed", f"server {url} removed", True)
        for url in sorted(after - before, key=str):
            self.add("servers", "server-added", f"server {url} added", False)

    def security(self, old: Any, new: Any, where: str) -> None:
        before = {_value(r) for r in old or []}
        after = {_value(r) for r in new or []}
        for requirement in sorted(before - after):
            self.add(where, "security-removed", f"security requirement {requirement} removed", True)
        for requirement in sorted(after - before):
            self.add(where, "security-added", f"security requirement {requirement} added", False)

    def security_schemes(self) -> None:
        self._at(2, "security")
        self.security(self.old.get("security"), self.new.get("security"), "security")
        old = self.old.get("components", {}).get("securitySchemes") or {}
        new = self.new.get("components", {}).get("securitySchemes") or {}
        for name in sorted(old.keys() | new.keys()):
            where = f"components.securitySchemes.{name}"
            if name not in new:
                self.add(where, "security-scheme-removed", f"security scheme {name} removed", True)
            elif name not in old:
                self.add(where, "security-scheme-added", f"security scheme {name} added", False)
            elif _value(_strip_docs(old[name])) != _value(_strip_docs(new[name])):
                self.add(where, "security-scheme-changed", f"security scheme {name} changed", True)


def _mapping(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def _strip_docs(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _strip_docs(v) for k, v in node.items() if k != "description"}
    if isinstance(node, list):
        return [_strip_docs(v) for v in node]
    return node


def _original_id(operation: dict[str, Any]) -> str:
    return str(operation.get("x-original-operation-id") or operation.get("operationId"))


def _sdk_name(operation: dict[str, Any]) -> str:
    """``tag.function``: where the generated endpoint module lives under ``sinch_provisioning.api``."""
    camel = str(operation.get("operationId"))
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)
    tag = (operation.get("tags") or ["default"])[0]
    return f"{tag}.{snake}"


# --- entry points ---------------------------------------------------------------------------


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Sorted changes from ``old`` to ``new`` (raw descriptions; both are normalised here).

    Raises :class:`~codegen.normalise.SpecError` when either cannot be normalised.
    """
    differ = _Differ(normalise(old), normalise(new))
    differ.operations()
    differ.components()
    differ.servers()
    differ.security_schemes()
    return sorted(set(differ.changes))


def _version(spec: dict[str, Any]) -> str:
    return str((spec.get("info") or {}).get("version", "?"))


def render(changes: Iterable[Change], old_version: str, new_version: str) -> str:
    """Markdown for ``openapi/CHANGES.md``: breaking changes first, then the rest; no dates, so
    the same inputs always give the same bytes."""
    changes = list(changes)
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"## {old_version} → {new_version}", ""]
    if not changes:
        lines += ["No changes to operations, schemas, servers or security.", ""]
        return "\n".join(lines)
    lines += [f"{len(breaking)} breaking, {len(other)} other.", ""]
    for title, group in (("Breaking", breaking), ("Other", other)):
        if not group:
            continue
        lines += [f"### {title}", ""]
        for change in group:
            subject = f"`{change.subject}`"
            if change.sdk_name:
                subject += f" (`{change.sdk_name}`)"
            elif change.section == 1:
                subject = f"schema {subject}"
            lines.append(f"- {subject}: {change.detail} — `{change.path}`")
        lines.append("")
    return "\n".join(lines)


def webhook_warnings(spec: dict[str, Any]) -> tuple[Problem, ...]:
    """What webhook typing could not settle in ``spec`` (raw description); never raises for it."""
    return derive(normalise(spec)).problems


def render_webhook_warnings(problems: Iterable[Problem]) -> str:
    """The report's webhook section: empty when there is nothing to say."""
    problems = list(problems)
    if not problems:
        return ""
    lines = [
        "### Webhook typing warnings",
        "",
        "These triggers stay untyped: their events parse as `UnknownWebhookEvent` with the raw payload "
        "(`make update-spec STRICT=1` refuses a description with such warnings).",
        "",
    ]
    lines += [f"- {problem.kind}: `{problem.subject}`: {problem.detail}" for problem in problems]
    return "\n".join(lines) + "\n"


def report(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[Change], str]:
    """The changes and their Markdown, titled with both descriptions' ``info.version``, followed
    by the webhook typing warnings of ``new``."""
    changes = diff_specs(old, new)
    text = render(changes, _version(old), _version(new))
    warnings = render_webhook_warnings(webhook_warnings(new))
    return changes, f"{text}\n{warnings}" if warnings else text


def fail_on_breaking_from_env() -> bool:
    return os.environ.get("FAIL_ON_BREAKING", "").strip().lower() in {"1", "true", "yes", "on"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.spec_diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 3 when a change is breaking")
    args = parser.parse_args(argv)
    try:
        changes, text = report(load_spec(args.old), load_spec(args.new))
    except SpecError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 1
    print(text, end="")
    if (args.fail_on_breaking or fail_on_breaking_from_env()) and any(c.breaking for c in changes):
        print("spec_diff: breaking changes found", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
