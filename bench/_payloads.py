"""Response bodies built from the generated models themselves.

A model instance is filled field by field from its type hints (every optional
field too, down to ``max_depth`` levels of nesting) and serialised with its own
``to_dict``, so the JSON has exactly the shape ``from_dict`` reads. ``check``
proves it by parsing the body back.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from sinch_provisioning.types import Unset

__all__ = ["build", "check", "model", "server_payloads"]

_MODELS = "sinch_provisioning.models"


class _LazyModels(Mapping[str, Any]):
    """Resolves model names in string annotations through the lazy models package."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self._ns = namespace

    def __getitem__(self, key: str) -> Any:
        if key in self._ns:
            return self._ns[key]
        try:
            return getattr(importlib.import_module(_MODELS), key)
        except AttributeError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._ns)

    def __len__(self) -> int:
        return len(self._ns)


def model(name: str) -> type[Any]:
    """A generated model class by name, e.g. ``"RcsSenderListDto"``."""
    cls: type[Any] = getattr(importlib.import_module(_MODELS), name)
    return cls


def _hints(cls: type[Any]) -> dict[str, Any]:
    module = importlib.import_module(cls.__module__)
    ns: dict[str, Any] = dict(vars(module))
    return typing.get_type_hints(cls, globalns=ns, localns=_LazyModels(ns))


def _options(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return [a for a in typing.get_args(tp) if a not in (Unset, type(None))]
    return [tp]


def _value(tp: Any, seed: int, depth: int, max_depth: int, name: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _value(_options(tp)[0], seed, depth, max_depth, name)
    if origin is typing.Literal:
        return typing.get_args(tp)[0]
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_value(item, seed * 2 + k, depth + 1, max_depth, name) for k in range(2)]
    if origin is dict:
        _, item = typing.get_args(tp)
        return {"key": _value(item, seed, depth + 1, max_depth, name)}
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return list(tp)[seed % len(tp)]
        if attrs.has(tp):
            return build(tp, seed=seed, depth=depth + 1, max_depth=max_depth)
        if tp is bool:
            return seed % 2 == 0
        if tp is int:
            return seed
        if tp is float:
            return float(seed) + 0.5
        if tp is str:
            return f"{name}-{seed}"
        if tp is datetime.datetime:
            return datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
        if tp is datetime.date:
            return datetime.date(2024, 1, 2)
    if tp is Any:
        return f"{name}-{seed}"
    raise TypeError(f"no example value for {tp!r} ({name})")


def build(cls: type[Any], *, seed: int = 0, depth: int = 0, max_depth: int = 4) -> Any:
    """An instance of model ``cls`` with required fields always set and optional ones to ``max_depth``."""
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in attrs.fields(cls):
        if not f.init:
            continue
        optional = f.default is not attrs.NOTHING
        if optional and depth >= max_depth:
            continue
        if depth > max_depth + 8:
            raise RecursionError(f"{cls.__name__}: required fields nest without end")
        kwargs[f.alias] = _value(hints[f.name], seed, depth, max_depth, f.name)
    return cls(**kwargs)


def check(cls: type[Any], body: bytes) -> Any:
    """Parse ``body`` into ``cls`` (raises if it does not fit) and return the model."""
    parsed = cls.from_dict(json.loads(body))
    if parsed.to_dict() != json.loads(body):
        raise ValueError(f"{cls.__name__}: body does not round-trip through the model")
    return parsed


def _dump(obj: Any) -> bytes:
    return json.dumps(obj.to_dict(), separators=(",", ":")).encode()


def sender_list(items: int, *, max_depth: int = 3) -> bytes:
    """An ``RcsSenderListDto`` of ``items`` senders with nested details (about 8 kB each).

    Eight distinct senders are built and repeated with unique ids: building
    every one from scratch would cost seconds and measure nothing more.
    """
    sender = model("RcsSenderDto")
    variants = [build(sender, seed=i, max_depth=max_depth).to_dict() for i in range(min(items, 8))]
    senders = [{**variants[i % len(variants)], "id": f"sender-{i}"} for i in range(items)]
    listing = build(model("RcsSenderListDto"), max_depth=1).to_dict()
    listing.update(senders=senders, totalSize=items, pageSize=items)
    return json.dumps(listing, separators=(",", ":")).encode()


def server_payloads(list_items: int = 20) -> dict[str, bytes]:
    """Bodies the local server answers with, keyed by route name (see ``bench._server``)."""
    return {
        "capabilities": _dump(build(model("RcsTestNumberCapabilitiesDto"))),
        "webhooks": _dump(build(model("WebhookWebhookListDto"))),
        "senders": sender_list(list_items),
    }
