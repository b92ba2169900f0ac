"""Forward-compatible enums: a value the spec does not know yet parses instead of failing.

The API adds enum values (webhook triggers, sender states, operators) faster
than SDKs ship. Every generated enum's ``_missing_`` calls :func:`unknown_member`,
which returns a *pseudo-member*: an instance of the enum whose ``.value`` is the
raw value and whose ``.name`` is ``"UNKNOWN"``. It compares equal to the raw
string, survives ``to_dict()`` unchanged, and a warning is logged once per
(enum, value). :func:`is_unknown_enum` tells pseudo-members from real ones.

Unions (``oneOf``) are the exception: a lenient enum would let the first
variant swallow data meant for a later one (a ``LOCATION`` header parsed as a
media header with an unknown ``format``). :func:`parse_union` therefore tries
the union strictly first and falls back to lenient parsing only when no
variant matches strictly.
"""

from __future__ import annotations

import contextvars
import enum
import logging
from collections.abc import Callable
from typing import TypeVar, cast

__all__ = ["is_unknown_enum", "parse_union", "unknown_member"]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

logger = logging.getLogger("sinch_provisioning")

#: Pseudo-members kept (so ``is`` and the warn-once rule hold); past this, values are not remembered.
_CACHE_LIMIT = 1024
_cache: dict[tuple[type[enum.Enum], object], enum.Enum] = {}
_lenient: contextvars.ContextVar[bool] = contextvars.ContextVar("sinch_lenient_enums", default=True)

#: What a failed union variant raises in generated ``from_dict`` code.
_VARIANT_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


def unknown_member(cls: type[E], value: object) -> E | None:
    """``_missing_`` of every generated enum: a pseudo-member for an unknown value of the right type.

    Returns ``None`` (so the enum raises ``ValueError`` as usual) for a value of
    the wrong type (a number for a string enum, a bool anywhere) and while a
    union is being parsed strictly.
    """
    base = str if issubclass(cls, str) else int if issubclass(cls, int) else None
    if base is None or not isinstance(value, base) or isinstance(value, bool) or not _lenient.get():
        return None
    key = (cls, value)
    cached = _cache.get(key)
    if cached is not None:
        return cast(E, cached)
    member = cast(E, base.__new__(cls, value))  # bypasses Enum lookup
    member._name_ = "UNKNOWN"
    member._value_ = value
    member._sinch_unknown_ = True
    if len(_cache) < _CACHE_LIMIT:
        _cache[key] = member
        logger.warning(
            "%s: value %r is not in the API description this SDK was generated from; kept as UNKNOWN",
            cls.__name__,
            value,
        )
    return member


def is_unknown_enum(value: object) -> bool:
    """True for the pseudo-member standing in for an enum value the SDK does not know."""
    return isinstance(value, enum.Enum) and getattr(value, "_sinch_unknown_", False) is True


def parse_union(parse: Callable[[object], T], data: object) -> T:
    """Run a generated union parser strictly first, then leniently if nothing matched.

    Nested unions inside a strict pass stay strict: leniency is decided once, at
    the outermost union.
    """
    if not _lenient.get():
        return parse(data)
    token = _lenient.set(False)
    try:
        return parse(data)
    except _VARIANT_ERRORS:
        pass
    finally:
        _lenient.reset(token)
    return parse(data)
