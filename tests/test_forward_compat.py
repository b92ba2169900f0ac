"""Forward compatibility, checked for EVERY enum and EVERY model the spec defines (read at test time).

- an enum value the spec does not know parses (an UNKNOWN pseudo-member carrying the
  raw value), is written back unchanged by ``to_dict()``, and is logged once;
- but user code calling an enum class with an unknown value gets ``ValueError``;
- an object field the spec does not know is kept in ``additional_properties`` and
  survives ``to_dict()``.
"""

from __future__ import annotations

import enum
import importlib
import itertools
import logging
import re
from typing import Any

import pytest
from contract.cases import contract_spec
from contract.schema_values import SchemaValues
from sinch_provisioning._checks import parse_enum
from sinch_provisioning._enums import is_unknown_enum

MODELS = importlib.import_module("sinch_provisioning.models")
SPEC = contract_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
VALUES = SchemaValues(SPEC, response=True)
_counter = itertools.count()


def fresh(kind: type) -> Any:
    """A value no spec has: unique per call, so the warn-once cache never hides a warning."""
    n = next(_counter)
    return f"SINCH_FUTURE_VALUE_{n}" if kind is str else 900_000 + n


ENUMS: list[type[enum.Enum]] = sorted(
    (
        obj
        for name in MODELS.__all__
        if isinstance(obj := getattr(MODELS, name), type) and issubclass(obj, enum.Enum)
    ),
    key=lambda cls: cls.__name__,
)


def _enum_schema(schema: dict[str, Any]) -> tuple[dict[str, Any], bool] | None:
    """(the enum schema, is-it-a-list) for a property holding an enum, else None."""
    resolved = VALUES.flatten(schema)
    if "enum" in resolved:
        return resolved, False
    if resolved.get("type") == "array" and "items" in resolved:
        items = VALUES.flatten(resolved["items"])
        if "enum" in items:
            return items, True
    options = VALUES.alternatives(resolved)
    if len(options) == 1:
        return _enum_schema(options[0])
    return None


def _object_schemas() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name in sorted(SCHEMAS):
        flat = VALUES.flatten({"$ref": f"#/components/schemas/{name}"})
        if flat.get("type") == "object" or "properties" in flat:
            found.append((name, flat))
    return found


OBJECTS = _object_schemas()
ENUM_PROPERTIES = [
    (name, prop, *found)
    for name, flat in OBJECTS
    for prop, schema in sorted(flat.get("properties", {}).items())
    if (found := _enum_schema(schema)) is not None
]


def valid(name: str) -> dict[str, Any]:
    """A valid instance: every field if the value builder can, else the required ones."""
    ref = {"$ref": f"#/components/schemas/{name}"}
    try:
        value = VALUES.value(ref, full=True)
    except ValueError:  # a oneOf deep inside whose branches no value tells apart
        value = VALUES.value(ref, full=False)
    assert isinstance(value, dict)
    return value


# --- the spec gives us something to check -----------------------------------------------------------


def test_every_enum_schema_has_a_generated_enum() -> None:
    enum_schemas = {name: s for name, s in SCHEMAS.items() if "enum" in s}
    assert len(enum_schemas) >= 100
    generated = {frozenset(member.value for member in cls) for cls in ENUMS}
    missing = [name for name, s in enum_schemas.items() if frozenset(s["enum"]) not in generated]
    assert missing == []


def test_enum_properties_were_found() -> None:
    assert len(ENUM_PROPERTIES) >= 100
    assert {list_ for *_, list_ in ENUM_PROPERTIES} == {True, False}


# --- every enum class --------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_unknown_value_parses_as_an_unknown_member(
    cls: type[enum.Enum], caplog: pytest.LogCaptureFixture
) -> None:
    kind = int if issubclass(cls, int) else str
    raw = fresh(kind)
    with caplog.at_level(logging.WARNING, logger="sinch_provisioning"):
        member = parse_enum(cls, raw)
        again = parse_enum(cls, raw)
    assert isinstance(member, cls)
    assert member.value == raw
    assert member == raw
    assert str(member) == str(raw)
    assert is_unknown_enum(member)
    assert again is member
    assert member not in list(cls)  # the class itself is not changed
    warnings = [r for r in caplog.records if r.name == "sinch_provisioning" and str(raw) in r.getMessage()]
    assert len(warnings) == 1
    assert cls.__name__ in warnings[0].getMessage()


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_user_code_gets_no_unknown_member(cls: type[enum.Enum], caplog: pytest.LogCaptureFixture) -> None:
    kind = int if issubclass(cls, int) else str
    raw = fresh(kind)
    with pytest.raises(ValueError, match=cls.__name__):
        cls(raw)
    parse_enum(cls, raw)  # even once the server has sent it
    with pytest.raises(ValueError, match=cls.__name__):
        cls(raw)


def _longest(cls: type[enum.Enum]) -> str:
    return max((str(member.value) for member in cls), key=len)


# Values of 6+ characters: a typo of "AD" is as close to "ZA" as to "AD".
TYPO_ENUMS = [c for c in ENUMS if issubclass(c, str) and len(_longest(c)) >= 6]


@pytest.mark.parametrize("cls", TYPO_ENUMS, ids=lambda cls: cls.__name__)
def test_a_typo_names_the_close_matches(cls: type[enum.Enum]) -> None:
    real = _longest(cls)
    with pytest.raises(ValueError, match=r"did you mean .*" + re.escape(repr(real))):
        cls(real[:-1])


def test_a_webhook_trigger_typo() -> None:
    from sinch_provisioning.models import WebhookWebhookTriggersEnum

    with pytest.raises(ValueError, match=r"did you mean 'WHATSAPP_SENDER_ACTIVE'"):
        WebhookWebhookTriggersEnum("WHATSAPP_SENDER_ACTIV")


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_known_values_are_real_members(cls: type[enum.Enum]) -> None:
    for member in cls:
        assert cls(member.value) is member
        assert parse_enum(cls, member.value) is member
        assert not is_unknown_enum(member)


@pytest.mark.parametrize("cls", ENUMS, ids=lambda cls: cls.__name__)
def test_a_value_of_the_wrong_type_is_still_rejected(cls: type[enum.Enum]) -> None:
    wrong: list[object] = [None, True, 1.5, ["x"], {"x": 1}]
    wrong.append("5" if issubclass(cls, int) else 5)
    for value in wrong:
        with pytest.raises(ValueError):
            cls(value)
        with pytest.raises(TypeError):  # parsing: a value of another JSON type is never an enum value
            parse_enum(cls, value)


# --- every enum-valued property of every model ---------------------------------------------------


@pytest.mark.parametrize(
    ("model", "prop", "schema", "is_list"),
    ENUM_PROPERTIES,
    ids=[f"{model}.{prop}" for model, prop, *_ in ENUM_PROPERTIES],
)
def test_unknown_enum_value_in_a_model_parses_and_round_trips(
    model: str, prop: str, schema: dict[str, Any], is_list: bool
) -> None:
    kind = int if all(isinstance(v, int) for v in schema["enum"]) else str
    raw = fresh(kind)
    data = valid(model)
    data[prop] = [raw] if is_list else raw
    parsed = getattr(MODELS, model).from_dict(data)
    assert parsed.to_dict()[prop] == data[prop]
    values = [getattr(parsed, a.name) for a in type(parsed).__attrs_attrs__]
    flat = [v for value in values for v in (value if isinstance(value, list) else [value])]
    assert any(is_unknown_enum(v) and v.value == raw for v in flat)


# --- every model keeps fields it does not know -------------------------------------------------------


@pytest.mark.parametrize(("model", "flat"), OBJECTS, ids=[name for name, _ in OBJECTS])
def test_unknown_fields_are_kept_and_round_trip(model: str, flat: dict[str, Any]) -> None:
    extra_schema = flat.get("additionalProperties")
    extra = (
        VALUES.value(extra_schema, full=True)
        if isinstance(extra_schema, dict)
        else {"nested": [1, "two", {"three": None}]}
    )
    data = valid(model)
    data["sinchFutureField"] = extra
    parsed = getattr(MODELS, model).from_dict(data)
    assert parsed.additional_properties["sinchFutureField"] == extra
    assert parsed.to_dict()["sinchFutureField"] == extra


def test_unknown_fields_in_nested_models_survive_the_outer_to_dict() -> None:
    from sinch_provisioning.models import WebhookWebhookListDto

    data = {
        "webhooks": [
            {
                "id": "w",
                "projectId": "p",
                "target": "https://e.test/h",
                "triggers": ["ALL"],
                "later": {"a": 1},
            }
        ],
        "nextPageToken": "",
        "totalSize": 1,
        "pageSize": 10,
        "shinyNewTopLevel": True,
    }
    parsed = WebhookWebhookListDto.from_dict(data)
    out = parsed.to_dict()
    assert out["shinyNewTopLevel"] is True
    assert out["webhooks"][0]["later"] == {"a": 1}


# --- unions stay discriminated ------------------------------------------------------------------------


def test_unions_prefer_a_strict_match_over_a_lenient_one() -> None:
    # Media headers have a `format` enum (IMAGE/VIDEO/DOCUMENT); location headers a const
    # "LOCATION". Tried leniently in order, the media variant would swallow a location header.
    from sinch_provisioning.models import (
        WhatsappLocationHeaderComponentDto,
        WhatsappMediaHeaderComponentDto,
        WhatsappTemplateChangesDetailsDto,
    )

    details = WhatsappTemplateChangesDetailsDto.from_dict(
        {"components": [{"type": "HEADER", "format": "LOCATION"}, {"type": "HEADER", "format": "IMAGE"}]}
    )
    assert isinstance(details.components, list)
    location, image = details.components
    assert isinstance(location, WhatsappLocationHeaderComponentDto)
    assert isinstance(image, WhatsappMediaHeaderComponentDto)
    assert not is_unknown_enum(image.format_)


def test_unions_fall_back_to_lenient_enums_when_nothing_matches_strictly() -> None:
    from sinch_provisioning.models import WhatsappMediaHeaderComponentDto, WhatsappTemplateChangesDetailsDto

    raw = fresh(str)
    details = WhatsappTemplateChangesDetailsDto.from_dict({"components": [{"type": "HEADER", "format": raw}]})
    assert isinstance(details.components, list)
    (header,) = details.components
    assert isinstance(header, WhatsappMediaHeaderComponentDto)
    assert is_unknown_enum(header.format_)
    assert details.to_dict()["components"][0]["format"] == raw
