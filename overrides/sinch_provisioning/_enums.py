"""Enums that are strict in user code and forward compatible in server answers.

The API adds enum values (webhook triggers, sender states, operators) faster
than SDKs ship. Generated parsing (``from_dict`` of a response) therefore turns
a value the spec does not know into a *pseudo-member* (:func:`unknown_member`):
an instance of the enum whose ``.value`` is the raw value and whose ``.name``
is ``"UNKNOWN"``. It compares equal to the raw string, survives ``to_dict()``
unchanged, and a warning is logged once per (enum, value).
:func:`is_unknown_enum` tells pseudo-members from real ones.

User code is another matter: ``WebhookWebhookTriggersEnum("WHATSAPP_SENDER_ACTIV")``
is a typo, not a new API value, so calling an enum class with an unknown value
raises ``ValueError`` naming the close matches (:func:`missing_member`, every
generated enum's ``_missing_``). Generated parsing never calls the class: it
uses ``_checks.parse_enum``, which is lenient unless :func:`strict_parsing` is
active (dicts given as request bodies, the strict pass of a union).

Unions (``oneOf``) are parsed strictly first: a lenient enum would let the
first variant swallow data meant for a later one (a ``LOCATION`` header parsed
as a media header with an unknown ``format``). :func:`parse_union` falls back to
lenient parsing only when no variant matches strictly.
"""

from __future__ import annotations

import contextvars
import enum
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast

__all__ = [
    "is_lenient",
    "is_unknown_enum",
    "missing_member",
    "not_a_member",
    "parse_union",
    "strict_parsing",
    "unknown_member",
]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")

logger = logging.getLogger("sinch_provisioning")

#: Pseudo-members kept (so ``is`` and the warn-once rule hold); past this, values are not remembered.
_CACHE_LIMIT = 1024
_cache: dict[tuple[type[enum.Enum], object], enum.Enum] = {}
_lenient: contextvars.ContextVar[bool] = contextvars.ContextVar("sinch_lenient_enums", default=True)

#: What a failed union variant raises in generated ``from_dict`` code.
_VARIANT_ERRORS = (TypeError, ValueError, AttributeError, KeyError)


def unknown_member(cls: type[E], value: object) -> E:
    """The pseudo-member standing in for ``value``, a value of the enum's type the spec does not know."""
    key = (cls, value)
    cached = _cache.get(key)
    if cached is not None:
        return cast(E, cached)
    base: Any = str if issubclass(cls, str) else int
    member: Any = base.__new__(cls, value)  # bypasses Enum lookup
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
    return cast(E, member)


def missing_member(cls: type[E], value: object) -> E | None:
    """``_missing_`` of every generated enum: an unknown value in user code is an error.

    Raises ``ValueError`` listing the close matches (or the allowed values);
    ``None`` for a value of the wrong type, so the enum raises its own ``ValueError``.
    """
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    raise ValueError(not_a_member(cls, value))


def not_a_member(cls: type[enum.Enum], value: str | int) -> str:
    """``'WHATSAPP_SENDER_ACTIV' is not a valid X; did you mean 'WHATSAPP_SENDER_ACTIVATED'?``"""
    import difflib  # only on an error path: keeps `import sinch_provisioning` light

    allowed = [str(member.value) for member in cls]
    text = str(value)[:100]
    close = difflib.get_close_matches(text, allowed, n=3, cutoff=0.6)
    if close:
        hint = f"did you mean {' or '.join(map(repr, close))}?"
    else:
        hint = f"allowed: {', '.join(allowed[:20])}" + (", ..." if len(allowed) > 20 else "")
    return f"{text!r} is not a valid {cls.__name__}; {hint}"


def is_lenient() -> bool:
    """False inside :func:`strict_parsing`: unknown enum values and undeclared fields are then errors."""
    return _lenient.get()


@contextmanager
def strict_parsing() -> Iterator[None]:
    """Generated ``from_dict`` refuses unknown enum values and undeclared fields inside this block."""
    token = _lenient.set(False)
    try:
        yield
    finally:
        _lenient.reset(token)


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
