"""Type checks for generated ``from_dict`` code: a value of the wrong JSON type names its field path.

A response is data from a server we do not control: ``{"triggers": "ALL"}``
must not parse into a list of characters, nor ``"id": 123`` into a ``str``
field. Generated parsing checks each declared property with plain
``isinstance``/``type(...) is`` tests and raises :class:`FieldMismatch`; each
enclosing property and list adds its segment to the path while the exception
unwinds, so the path costs nothing unless something is wrong. Endpoint code
turns it into :class:`~sinch_provisioning.ResponseValidationError`, whose
message then reads ``senders[3].state: expected string, got number``.

Unknown enum values and fields the spec does not declare stay lenient here;
strict conversion (dicts given as request bodies) is :func:`coerce_body`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from ._enums import is_lenient, not_a_member, strict_parsing, unknown_member
from ._errors import ProvisioningError

__all__ = [
    "MISSING",
    "FieldMismatch",
    "InvalidBodyError",
    "coerce_body",
    "json_type",
    "mismatch",
    "no_variant",
    "parse_enum",
    "scalar_items",
    "unknown_field",
]


class _Missing:
    """The value popped for a required field that is absent."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class FieldMismatch(TypeError, ValueError):
    """A JSON value does not match its declared property; ``path`` is built as the error unwinds.

    Not a :class:`ProvisioningError` on purpose: endpoint code wraps it into
    ``ResponseValidationError`` (the operation and the response).
    """

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str | int] = []  # innermost segment first

    def at(self, segment: str | int) -> FieldMismatch:
        """Prefix ``segment`` (a field name or a list index) to the path; returns ``self`` to re-raise."""
        self.path.append(segment)
        return self

    @property
    def field(self) -> str:
        """``senders[3].state``; empty for the top-level value."""
        text = ""
        for segment in reversed(self.path):
            text += f"[{segment}]" if isinstance(segment, int) else f".{segment}" if text else segment
        return text

    def __str__(self) -> str:
        field = self.field
        return f"{field}: {self.problem}" if field else self.problem


_JSON_TYPES: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def json_type(value: object) -> str:
    """The JSON type name of a decoded value (the Python type's name for anything else)."""
    return _JSON_TYPES.get(type(value)) or type(value).__name__


def mismatch(expected: str, value: object) -> FieldMismatch:
    """The error for ``value`` where ``expected`` (a JSON type name) was declared.

    Never quotes the value: a response field may hold a credential. (Only strict
    parsing of the caller's own body quotes what it refuses: a field name, an enum value.)
    """
    if value is MISSING:
        return FieldMismatch("required field is missing")
    return FieldMismatch(f"expected {expected}, got {json_type(value)}")


#: The Python types json.loads gives for each scalar JSON type (bool is not a number here).
_SCALARS: dict[str, frozenset[type]] = {
    "string": frozenset((str,)),
    "number": frozenset((int, float)),
    "integer": frozenset((int,)),
    "boolean": frozenset((bool,)),
}


def scalar_items(items: object, expected: str) -> list[Any]:
    """``items`` itself when it is a list of ``expected`` scalars; else the error naming the bad index.

    One C-level pass (``map(type, ...)`` into a set): parsing a list of strings
    costs about what the unchecked ``cast`` cost.
    """
    if not isinstance(items, list):
        raise mismatch("array", items)
    allowed = _SCALARS[expected]
    if not allowed.issuperset(map(type, items)):
        for index, item in enumerate(items):
            if type(item) not in allowed:
                raise mismatch(expected, item).at(index)
    return items


def no_variant(expected: str, value: object, error: BaseException | None) -> FieldMismatch:
    """The error when no variant of a union matched.

    ``error`` is what the only variant whose JSON type matched raised (the
    generated code passes it only when variants differ by JSON type): its path
    is more useful than "expected object or null".
    """
    if isinstance(error, FieldMismatch):
        return error
    if error is not None:  # its text may quote the value (a server's secret): name its kind only
        kind = type(error).__name__
        return FieldMismatch(f"expected {expected}; the {json_type(value)} failed with {kind}")
    return mismatch(expected, value)


def unknown_field(model: type, leftover: Mapping[str, Any]) -> FieldMismatch:
    """The error for a field ``model`` does not declare, in strict parsing only."""
    name = next(iter(leftover))
    return FieldMismatch(f"{model.__name__} has no field {name[:100]!r}").at(name[:100])


E = TypeVar("E", bound=enum.Enum)


def parse_enum(cls: type[E], value: object) -> E:
    """The member for ``value``; generated parsing calls this instead of ``cls(value)``.

    A value of the enum's type that the spec does not know becomes an UNKNOWN
    pseudo-member (:func:`~sinch_provisioning._enums.unknown_member`), except in
    strict parsing; a value of another JSON type is always a :class:`FieldMismatch`.
    """
    try:
        member = cls._value2member_map_[value]
    except (KeyError, TypeError):  # TypeError: an unhashable list or dict
        pass
    else:
        if type(member._value_) is type(value):  # 1 == True == 1.0 as dict keys
            return cast(E, member)
    is_str = issubclass(cls, str)
    if type(value) is not (str if is_str else int):
        raise mismatch("string" if is_str else "integer", value)
    if is_lenient():
        return unknown_member(cls, value)
    assert isinstance(value, (str, int))
    raise FieldMismatch(not_a_member(cls, value))


class InvalidBodyError(ProvisioningError, TypeError, ValueError):
    """A request body given as a mapping does not match its model (names the model and the field)."""

    def __init__(self, model: str, field: str, problem: str) -> None:
        self.model = model
        self.field = field
        where = f"{model}.{field}" if field and not field.startswith("[") else f"{model}{field}"
        super().__init__(f"body: {where}: {problem}")


def coerce_body(models: tuple[type[Any], ...], body: object) -> Any:
    """``body`` unchanged when it is one of ``models``; a mapping converted strictly; else an error.

    Strict means what a server answer is forgiven is not: a key the model does
    not declare (at any depth), a missing required key, a value of the wrong
    type, an enum value the SDK does not know. With several models (a
    ``oneOf`` body) the mapping must convert into exactly one of them.
    """
    if isinstance(body, models):
        return body
    names = " | ".join(model.__name__ for model in models)
    if not isinstance(body, Mapping):
        raise InvalidBodyError(names, "", f"expected {names} or a mapping, got {type(body).__name__}")
    matches: list[Any] = []
    errors: list[tuple[str, FieldMismatch]] = []
    with strict_parsing():
        for model in models:
            try:
                matches.append(model.from_dict(body))
            except FieldMismatch as exc:
                errors.append((model.__name__, exc))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InvalidBodyError(names, "", f"matches {len(matches)} of {names}: pass the model instead")
    if len(errors) == 1:
        name, error = errors[0]
        raise InvalidBodyError(name, error.field, error.problem)
    detail = "; ".join(f"{name}: {error}" for name, error in errors)
    raise InvalidBodyError(names, "", f"matches none of {names} ({detail})")
