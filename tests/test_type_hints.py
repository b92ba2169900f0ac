"""Annotations resolve at run time: ``typing.get_type_hints`` on every public callable.

Docs generators, FastAPI-style introspection and IDE consoles evaluate the
annotations; a name imported only for type checking breaks them.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
import sinch_provisioning
import sinch_provisioning.api
import sinch_provisioning.models
from sinch_provisioning.api import TAGS

ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def tag_package(tag: str) -> ModuleType:
    return importlib.import_module(f"sinch_provisioning.api.{tag}")


def endpoint_modules(tag: str) -> list[ModuleType]:
    package = tag_package(tag)
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_")
    ]


def resource_classes(tag: str) -> tuple[type, type]:
    """The tag's async resource class and its blocking twin."""
    package = tag_package(tag)
    name, sync_name = package.__all__
    assert sync_name == f"Sync{name}"
    return getattr(package, name), getattr(package, sync_name)


def resource_class(tag: str, *, sync: bool = False) -> type:
    return resource_classes(tag)[sync]


def public_callables() -> Iterator[tuple[str, Callable[..., Any]]]:
    for name in sinch_provisioning.__all__:
        value = getattr(sinch_provisioning, name)
        if not callable(value):
            continue
        yield f"sinch_provisioning.{name}", value
        if inspect.isclass(value):
            for attr, member in vars(value).items():
                if inspect.isfunction(member) and not attr.startswith("_"):
                    yield f"sinch_provisioning.{name}.{attr}", member
    yield "ProjectResources", sinch_provisioning.api.ProjectResources
    yield "SyncProjectResources", sinch_provisioning.api.SyncProjectResources
    for tag in TAGS:
        for cls in resource_classes(tag):
            yield cls.__name__, cls
            for attr, member in vars(cls).items():
                if inspect.isfunction(member) and not attr.startswith("_"):
                    yield f"{cls.__name__}.{attr}", member
        for module in endpoint_modules(tag):
            for function in ENDPOINT_FUNCTIONS:
                yield f"{module.__name__}.{function}", getattr(module, function)
    for name in sinch_provisioning.models.__all__:
        model = getattr(sinch_provisioning.models, name)
        yield name, model
        for attr in ("__init__", "from_dict", "to_dict"):  # __init__: how users build them
            if hasattr(model, attr):
                yield f"{name}.{attr}", getattr(model, attr)


def test_every_public_callable_has_resolvable_annotations() -> None:
    failures = []
    count = 0
    for label, obj in public_callables():
        count += 1
        try:
            typing.get_type_hints(obj)
        except Exception as exc:  # collect every failure, report them together
            failures.append(f"{label}: {exc!r}")
    assert not failures, f"{len(failures)} of {count} fail:\n" + "\n".join(failures[:20])
    # The walk covered both resource classes (90 operations and their iter_*), the four endpoint
    # functions of every operation, and every model.
    assert count > 90 * 6 + len(sinch_provisioning.models.__all__)


@pytest.mark.parametrize(
    ("obj", "name", "expected"),
    [
        ("resource", "body", "RcsTestNumbersInputDto"),
        ("resource", "return", "RcsTestNumbersDto"),
        ("sync resource", "body", "RcsTestNumbersInputDto"),
        ("sync resource", "return", "RcsTestNumbersDto"),
        ("model", "senders", "list[sinch_provisioning.models.rcs_sender_dto.RcsSenderDto]"),
    ],
)
def test_hints_are_the_real_classes(obj: str, name: str, expected: str) -> None:
    if obj.endswith("resource"):
        cls = resource_class("rcs_senders", sync=obj.startswith("sync"))
        hints = typing.get_type_hints(cls.add_test_numbers)
        # a body is the model or a Mapping (converted strictly); the model comes first
        hint = hints[name]
        assert (typing.get_args(hint)[0] if typing.get_args(hint) else hint).__name__ == expected
    else:
        hints = typing.get_type_hints(sinch_provisioning.models.RcsSenderListDto)
        assert str(hints[name]) == expected


@pytest.mark.parametrize("tag", TAGS)
def test_the_blocking_twin_has_the_same_hints(tag: str) -> None:
    cls, twin = resource_classes(tag)
    methods = {name: m for name, m in vars(cls).items() if inspect.isfunction(m) and not name.startswith("_")}
    assert methods.keys() == {n for n, m in vars(twin).items() if inspect.isfunction(m) and n[0] != "_"}
    for name, method in methods.items():
        hints, blocking = typing.get_type_hints(method), typing.get_type_hints(getattr(twin, name))
        if name.startswith("iter_"):
            assert typing.get_origin(hints.pop("return")) is AsyncIterator
            assert typing.get_origin(blocking["return"]) is Iterator
            assert typing.get_args(blocking.pop("return")) == typing.get_args(
                typing.get_type_hints(method)["return"]
            )
        assert hints == blocking, f"{twin.__name__}.{name}"


def test_resource_class_keeps_its_public_home() -> None:
    from sinch_provisioning.api.rcs_senders import RcsSendersResource, SyncRcsSendersResource

    client = sinch_provisioning.ProvisioningClient("p", "k", "s")
    assert type(client.rcs_senders) is RcsSendersResource
    assert resource_class("rcs_senders", sync=True) is SyncRcsSendersResource
    assert SyncRcsSendersResource.__module__ == "sinch_provisioning.api.rcs_senders"  # its public home
    with pytest.raises(AttributeError):
        _ = tag_package("rcs_senders").NoSuchResource
