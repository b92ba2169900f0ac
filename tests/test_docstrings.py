"""Docstrings state the facts of the spec: every parameter, field, error status, E.164 check, callback."""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import sinch_provisioning.models
from sinch_provisioning._errors import _BY_STATUS

from codegen.doc_facts import E164_RULE, error_classes, operation_facts, schema_facts
from codegen.normalise import iter_operations, load_spec, module_name, normalise, tag_module

ROOT = Path(__file__).resolve().parent.parent
SPEC = normalise(load_spec(ROOT / "openapi" / "provisioning.yaml"))
OPERATIONS = [
    (tag_module(op["tags"][0]), module_name(op["operationId"]), path, method, op)
    for path, method, op in iter_operations(SPEC)
]
IDS = [f"{tag}.{name}" for tag, name, *_ in OPERATIONS]
ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def resource_method(tag: str, name: str, *, sync: bool = False) -> Any:
    """``<Tag>Resource.<name>``, or the blocking twin's (``Sync<Tag>Resource``)."""
    package = importlib.import_module(f"sinch_provisioning.api.{tag}")
    cls = package.__all__[0]
    return getattr(getattr(package, f"Sync{cls}" if sync else cls), name)


def arg_lines(doc: str) -> dict[str, str]:
    """``name -> "(type): facts"`` of the Args/Attributes section, continuation lines joined."""
    lines: dict[str, str] = {}
    section = re.search(r"(?:^|\n)\s*(?:Args|Attributes):\n(.*?)(?:\n\s*\n|\Z)", doc, re.S)
    assert section, doc
    current = ""
    for line in section.group(1).splitlines():
        match = re.match(r"\s{0,12}(\w+) \((.*?)\):(?: (.*))?$", line)
        if match and not line.startswith(" " * 12):
            current = match.group(1)
            lines[current] = f"({match.group(2)}):" + (f" {match.group(3)}" if match.group(3) else "")
        else:
            lines[current] += " " + line.strip()
    return lines


def annotation_text(annotation: Any) -> str:
    """What the docstring prints for an annotation: the source text, without module prefixes."""
    if isinstance(annotation, str):
        return annotation
    return re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", inspect.formatannotation(annotation))


def documented_errors(op: dict[str, Any]) -> dict[str, str]:
    """Status -> the error class the SDK raises for it."""
    found = {}
    for status in op.get("responses", {}):
        code = str(status)
        if code.isdigit() and not 200 <= int(code) <= 299:
            default = "InternalServerError" if int(code) >= 500 else "APIStatusError"
            found[code] = _BY_STATUS[int(code)].__name__ if int(code) in _BY_STATUS else default
    return found


@pytest.mark.parametrize("sync", [False, True], ids=["async", "sync"])
@pytest.mark.parametrize(("tag", "name", "path", "method", "op"), OPERATIONS, ids=IDS)
def test_resource_method_documents_every_parameter_status_and_callback(
    tag: str, name: str, path: str, method: str, op: dict[str, Any], sync: bool
) -> None:
    function = resource_method(tag, name, sync=sync)
    doc = inspect.getdoc(function) or ""
    assert f"``{method.upper()} " in doc
    lines = arg_lines(doc) if len(inspect.signature(function).parameters) > 1 else {}
    for parameter in list(inspect.signature(function).parameters.values())[1:]:
        assert parameter.name in lines, f"{parameter.name} missing from\n{doc}"
        required = parameter.default is inspect.Parameter.empty
        assert lines[parameter.name].startswith(f"({parameter.annotation}): ")
        assert ("): required" if required else "): optional") in lines[parameter.name]
    raises = doc.split("Raises:")[1]
    for code, cls in documented_errors(op).items():
        assert re.search(rf"{cls}: HTTP [0-9, ]*\b{code}\b", raises), (code, cls, doc)
    for callback in op.get("callbacks", {}):
        assert callback in doc.split("Webhooks:")[1]
    if op.get("deprecated"):
        assert "(deprecated)" in doc


@pytest.mark.parametrize(("tag", "name", "path", "method", "op"), OPERATIONS, ids=IDS)
def test_endpoint_functions_document_every_argument(
    tag: str, name: str, path: str, method: str, op: dict[str, Any]
) -> None:
    module = importlib.import_module(f"sinch_provisioning.api.{tag}.{name}")
    for function_name in ENDPOINT_FUNCTIONS:
        function = getattr(module, function_name)
        doc = inspect.getdoc(function) or ""
        lines = arg_lines(doc)
        for parameter in inspect.signature(function).parameters.values():
            if parameter.name == "client":
                continue
            text = annotation_text(parameter.annotation)
            assert lines[parameter.name].startswith(f"({text}): "), (parameter, doc)
            required = parameter.default is inspect.Parameter.empty
            assert ("): required" if required else "): optional") in lines[parameter.name]
        assert ("Documented statuses: " in " ".join(doc.split())) == function_name.endswith("_detailed")


@pytest.mark.parametrize("sync", [False, True], ids=["async", "sync"])
def test_enum_parameters_list_their_values(sync: bool) -> None:
    checked = 0
    for tag, name, *_ in OPERATIONS:
        function = resource_method(tag, name, sync=sync)
        hints = typing.get_type_hints(function)
        doc_lines = arg_lines(inspect.getdoc(function) or "") if len(hints) > 1 else {}
        for parameter, hint in hints.items():
            enums = [
                t
                for t in typing.get_args(hint) or (hint,)
                if isinstance(t, type) and issubclass(t, enum.Enum)
            ]
            for enum_class in enums:
                checked += 1
                for member in enum_class:
                    assert f" {member.value}" in doc_lines[parameter], (tag, name, parameter)
    assert checked > 5
    sort_direction = arg_lines(
        inspect.getdoc(resource_method("rcs_senders", "list_senders", sync=sync)) or ""
    )
    assert "one of: ASC, DESC" in sort_direction["sort_direction"]
    assert "value 1-100" in sort_direction["page_size"]
    assert "deprecated" in sort_direction["filter_sender_name"]


@pytest.mark.parametrize("sync", [False, True], ids=["async", "sync"])
def test_e164_numbers_are_documented_with_the_error(sync: bool) -> None:
    doc = inspect.getdoc(resource_method("rcs_senders", "get_test_number_capabilities", sync=sync)) or ""
    assert "E.164" in arg_lines(doc)["test_number"]
    assert re.search(r"InvalidE164Error: .*test_number", doc.split("Raises:")[1])
    body_doc = inspect.getdoc(resource_method("rcs_senders", "add_test_numbers", sync=sync)) or ""
    assert "testNumbers[*]: E.164" in arg_lines(body_doc)["body"]
    listed = inspect.getdoc(resource_method("rcs_senders", "list_senders", sync=sync)) or ""
    assert "InvalidE164Error" not in listed


def test_models_list_every_field_with_type_and_requiredness() -> None:
    for name in sinch_provisioning.models.__all__:
        model = getattr(sinch_provisioning.models, name)
        if not attrs.has(model):
            continue
        fields = [f for f in attrs.fields(model) if f.init]
        if not fields:
            continue
        lines = arg_lines(inspect.getdoc(model) or "")
        for field in fields:
            required = field.default is attrs.NOTHING
            assert lines[field.name].startswith(f"({field.type}): {'required' if required else 'optional'}")
    phone = arg_lines(inspect.getdoc(sinch_provisioning.models.RcsPhoneInputDto) or "")
    assert phone["number"] == "(str): required; JSON key number; pattern ^\\+?[\\d+\\s]{6,15}$; length 6-15."


# --- the facts themselves ----------------------------------------------------------------------


def test_schema_facts_read_refs_all_of_nullable_and_items() -> None:
    spec = {
        "components": {
            "schemas": {
                "Colour": {"type": "string", "enum": ["RED", "BLUE"]},
                "Phone": {"type": "string", "format": "e.164 phone number"},
            }
        }
    }
    assert schema_facts(spec, {"allOf": [{"$ref": "#/components/schemas/Colour"}], "deprecated": True}) == [
        "deprecated",
        "one of: RED, BLUE",
    ]
    assert schema_facts(spec, {"anyOf": [{"type": "string", "maxLength": 5}, {"type": "null"}]}) == [
        "length <= 5"
    ]
    assert schema_facts(
        spec,
        {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"$ref": "#/components/schemas/Phone"},
        },
    ) == ["items >= 1", "unique items", f"each item: format e.164 phone number: {E164_RULE}"]
    assert schema_facts(spec, {"type": "integer", "minimum": 0, "default": 3, "readOnly": True}) == [
        "read-only",
        "value >= 0",
        "default 3",
    ]
    assert schema_facts(spec, {"type": "string"}) == []


def test_error_classes_come_from_the_runtime_table(tmp_path: Path) -> None:
    assert error_classes() == {status: cls.__name__ for status, cls in _BY_STATUS.items()}
    module = tmp_path / "_errors.py"
    module.write_text("_BY_STATUS: dict[int, type] = {404: Gone, 418: Teapot}\n", encoding="utf-8")
    facts = operation_facts(
        {
            "paths": {
                "/x": {
                    "get": {
                        "operationId": "getX",
                        "tags": ["t"],
                        "responses": {"200": {}, "418": {}, "503": {}},
                    }
                }
            }
        },
        error_classes(module),
    )
    assert facts["t.get_x"]["raises"] == ["Teapot: HTTP 418.", "InternalServerError: HTTP 503."]
    responses = {"201": {}, "404": {}, "409": {}, "5XX": {}, "default": {}}
    facts = operation_facts(
        {"paths": {"/x": {"post": {"operationId": "makeX", "tags": ["t"], "responses": responses}}}},
        {404: "NotFoundError"},
    )
    assert facts["t.make_x"]["raises"] == [
        "NotFoundError: HTTP 404.",
        "APIStatusError: HTTP 409, any other status.",
        "InternalServerError: HTTP 5XX.",
    ]


def test_signatures_show_unset_defaults_readably() -> None:
    import sinch_provisioning

    client = sinch_provisioning.ProvisioningClient("p", "k", "s")
    signature = str(inspect.signature(client.rcs_senders.list_senders))
    assert "page_size: 'float | Unset' = UNSET" in signature
    assert " at 0x" not in signature


def test_every_enum_documents_its_values() -> None:
    import enum

    import sinch_provisioning.models as models

    enums = [getattr(models, name) for name in models.__all__]
    enums = [cls for cls in enums if isinstance(cls, type) and issubclass(cls, enum.Enum)]
    assert len(enums) > 50
    for cls in enums:
        doc = " ".join((cls.__doc__ or "").split())
        assert doc.startswith("One of: "), cls
        assert all(str(member.value) in doc for member in cls), cls
