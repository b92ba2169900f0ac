"""Annotations resolve at run time: ``typing.get_type_hints`` on every public callable.

Docs generators, FastAPI-style introspection and IDE consoles evaluate the
annotations; a name imported only for type checking breaks them.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
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


def resource_class(tag: str) -> type:
    package = tag_package(tag)
    [name] = package.__all__
    cls: type = getattr(package, name)
    return cls


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
    for tag in TAGS:
        cls = resource_class(tag)
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
    # The walk covered the resources (90 operations and their iter_*) and every model.
    assert count > 90 * 5 + len(sinch_provisioning.models.__all__)


@pytest.mark.parametrize(
    ("obj", "name", "expected"),
    [
        ("resource", "body", "RcsTestNumbersInputDto"),
        ("resource", "return", "RcsTestNumbersDto"),
        ("model", "senders", "list[sinch_provisioning.models.rcs_sender_dto.RcsSenderDto]"),
    ],
)
def test_hints_are_the_real_classes(obj: str, name: str, expected: str) -> None:
    if obj == "resource":
        hints = typing.get_type_hints(resource_class("rcs_senders").add_test_numbers)
        # a body is the model or a Mapping (converted strictly); the model comes first
        hint = hints[name]
        assert (typing.get_args(hint)[0] if typing.get_args(hint) else hint).__name__ == expected
    else:
        hints = typing.get_type_hints(sinch_provisioning.models.RcsSenderListDto)
        assert str(hints[name]) == expected


def test_resource_class_keeps_its_public_home() -> None:
    from sinch_provisioning.api.rcs_senders import RcsSendersResource

    client = sinch_provisioning.ProvisioningClient("p", "k", "s")
    assert type(client.rcs_senders) is RcsSendersResource
    with pytest.raises(AttributeError):
        _ = tag_package("rcs_senders").NoSuchResource
