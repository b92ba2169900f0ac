"""Build a realistic, valid JSON value for a schema: what the mock answers when nothing is scripted.

Deterministic (the same operation and request give the same answer) and
plausible: ids look like ULIDs (``01HZX...``), numbers are E.164
(``+12025550123``), timestamps ISO 8601, URLs ``https://example.com/...``,
enums take their first member. Every property a server sends is filled
(``writeOnly`` and deprecated optional ones are left out); a recursive model is
expanded once. Values are checked against the schema's bounds and patterns.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from ._schemas import Schemas

__all__ = ["ValueBuilder", "ulid"]

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TIMESTAMP = "2026-01-15T09:30:00Z"
_EPOCH = 1768469400  # _TIMESTAMP in seconds
_PHONE_FORMATS = frozenset({"e.164 phone number", "phone number"})
_FIXED_FORMATS = {
    "date-time": _TIMESTAMP,
    "timestamp": _TIMESTAMP,
    "date": "2026-01-15",
    "email": "support@example.com",
    "hex": "#1a73e8",
    "country code": "US",
    "digits": "123456",
    "otp": "123456",
}
# Property names (lower case) with a value that reads naturally.
_BY_NAME = {
    "name": "Acme Support",
    "displayname": "Acme Support",
    "description": "Customer care for Acme Corporation",
    "email": "support@example.com",
    "language": "en",
    "languagecode": "en_US",
    "locale": "en_US",
    "country": "US",
    "countrycode": "US",
    "region": "US",
    "currency": "USD",
    "city": "Springfield",
    "address": "742 Evergreen Terrace",
    "zipcode": "62704",
    "postalcode": "62704",
    "version": "1.0",
    "color": "#1a73e8",
    "nextpagetoken": "",
    "secret": "whsec-demo",
    "target": "https://example.com/webhooks/sinch",
    "label": "Support",
}
_TIMESTAMP_NAMES = frozenset({"created", "modified", "updated", "submitted", "deleted", "expires", "expiry"})
# Tried, in order, for a pattern the hints above do not satisfy.
_PATTERN_CANDIDATES = ("+12025550123", "12025550123", "acme_support", "12-3456789", "123456", "acme")


def ulid(seed: str) -> str:
    """A ULID-shaped id (26 Crockford base32 characters) derived from ``seed``."""
    digest = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:14], "big")
    tail = "".join(_CROCKFORD[(digest >> (5 * i)) & 31] for i in range(21))
    return "01HZX" + tail


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").lower().strip()


class ValueBuilder:
    """Values for the schemas of one table (``full``: every property a server sends)."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas

    def value(self, schema: Mapping[str, Any], *, seed: str, name: str = "", index: int = 0) -> Any:
        return self._value(schema, seed=seed, name=name, index=index, stack=(), full=True)

    def _value(
        self,
        schema: Mapping[str, Any],
        *,
        seed: str,
        name: str,
        index: int,
        stack: tuple[str, ...],
        full: bool,
    ) -> Any:
        _, component = self.schemas.resolve(schema)
        if component is not None:
            if component in stack:
                return None  # a recursion; the caller leaves an optional field out
            stack = (*stack, component)
        flat = self.schemas.flatten(schema)
        if "const" in flat:
            return flat["const"]
        if "enum" in flat:
            members = [v for v in flat["enum"] if v is not None]
            return members[index % len(members)] if members else None
        options = self.schemas.alternatives(flat)
        if options:
            return self._choice(
                options, "oneOf" in flat, seed=seed, name=name, index=index, stack=stack, full=full
            )
        kind = flat.get("type")
        kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
        if kind == "object" or "properties" in flat:
            return self._object(flat, seed=seed, stack=stack, full=full)
        if kind == "array":
            return self._array(flat, seed=seed, name=name, stack=stack, full=full)
        if kind in ("integer", "number"):
            return self._number(flat, name=name, index=index, integer=kind == "integer")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(flat, seed=seed, name=name, index=index)

    def _choice(
        self,
        options: list[Mapping[str, Any]],
        exclusive: bool,
        *,
        seed: str,
        name: str,
        index: int,
        stack: tuple[str, ...],
        full: bool,
    ) -> Any:
        """The first branch's value, or for ``oneOf`` the first that fits no other branch.

        Branches often overlap (one model is another with fewer required
        fields), so a branch's smallest value is tried when its fullest fits two.
        """
        first: Any = None
        for mode in (full, not full):
            for position, option in enumerate(options):
                candidate = self._value(option, seed=seed, name=name, index=index, stack=stack, full=mode)
                if first is None:
                    first = candidate
                others = options[:position] + options[position + 1 :]
                if not exclusive or not any(self.schemas.valid(candidate, other) for other in others):
                    return candidate
        return first

    def _object(
        self, schema: Mapping[str, Any], *, seed: str, stack: tuple[str, ...], full: bool
    ) -> dict[str, Any]:
        required = set(schema.get("required", []))
        result: dict[str, Any] = {}
        for prop, sub in (schema.get("properties") or {}).items():
            if prop not in required and not full:
                continue
            flat = self.schemas.flatten(sub)
            if flat.get("writeOnly") or (prop not in required and flat.get("deprecated")):
                continue
            value = self._value(sub, seed=f"{seed}.{prop}", name=prop, index=0, stack=stack, full=full)
            if value is None and prop not in required and not self.schemas.valid(None, sub):
                continue
            result[prop] = value
        return result

    def _array(
        self, schema: Mapping[str, Any], *, seed: str, name: str, stack: tuple[str, ...], full: bool
    ) -> list[Any]:
        items = schema.get("items") or {}
        count = max(int(schema.get("minItems", 0)), 1 if full else 0)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        result: list[Any] = []
        for position in range(count):
            item = self._value(
                items, seed=f"{seed}[{position}]", name=name, index=position, stack=stack, full=full
            )
            if item is None and not self.schemas.valid(None, items):
                break  # a recursive item: an empty list is valid when minItems allows
            result.append(item)
        return result

    def _number(self, schema: Mapping[str, Any], *, name: str, index: int, integer: bool) -> int | float:
        fmt = str(schema.get("format", "")).lower()
        value: float = _EPOCH if fmt == "timestamp" else 1 + index
        if "minimum" in schema:
            value = max(value, schema["minimum"])
        low = schema.get("exclusiveMinimum")
        if isinstance(low, (int, float)) and not isinstance(low, bool) and value <= low:
            value = low + 1
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        multiple = schema.get("multipleOf")
        if multiple:
            value = -(-value // multiple) * multiple
        return int(value) if integer or float(value).is_integer() else value

    def _string(self, schema: Mapping[str, Any], *, seed: str, name: str, index: int) -> str:
        candidates = [*self._hints(schema, seed=seed, name=name, index=index), *_PATTERN_CANDIDATES]
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        fitted = []
        for text in candidates:
            if len(text) < low:
                text = text + "0" * (low - len(text))
            if high is not None and len(text) > int(high):
                text = text[: int(high)]
            fitted.append(text)
            if self.schemas.valid(text, schema):
                return text
        return fitted[0]

    def _hints(self, schema: Mapping[str, Any], *, seed: str, name: str, index: int) -> list[str]:
        fmt = str(schema.get("format", "")).lower()
        key = name.lower()
        phone = f"+1202555{123 + index:04d}"
        if fmt in _PHONE_FORMATS:
            return [phone]
        if fmt == "numeric phone number":
            return [phone[1:]]
        if fmt in _FIXED_FORMATS:
            return [_FIXED_FORMATS[fmt]]
        if fmt in ("url", "uri", "iri", "uri-reference"):
            return [f"https://example.com/{_words(name).replace(' ', '-') or 'resource'}"]
        if fmt == "sha256-hash":
            return [hashlib.sha256(seed.encode()).hexdigest()]
        if fmt == "uuid":
            digest = hashlib.sha256(seed.encode()).hexdigest()
            return [f"{digest[:8]}-{digest[8:12]}-4{digest[13:16]}-8{digest[17:20]}-{digest[20:32]}"]
        if key in _BY_NAME:
            return [_BY_NAME[key]]
        if key == "id" or name.endswith(("Id", "Ids", "_id")):
            return [ulid(seed)]
        if "url" in key or "uri" in key or "link" in key or "website" in key:
            return [f"https://example.com/{_words(name).replace(' ', '-')}"]
        if "email" in key:
            return ["support@example.com"]
        if "phone" in key or "number" in key or "msisdn" in key:
            return [phone]
        if "time" in key or "date" in key or name.endswith("At") or key in _TIMESTAMP_NAMES:
            return [_TIMESTAMP]
        if "name" in key:
            return ["Acme Support"]
        if "token" in key:
            return [f"tok_{ulid(seed)[-12:].lower()}"]
        return [f"Acme {_words(name)}" if name else "Acme"]
