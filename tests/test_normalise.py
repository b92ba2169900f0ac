"""Unit tests for ``codegen.normalise``: one per fix, the renaming rules, and bad input.

Every spec here is built in the test with made-up names, so a fix that keyed on
a real schema or operation name would fail.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.normalise import (
    SpecError,
    clean_operation_names,
    iter_operations,
    load_spec,
    module_name,
    normalise,
    tag_module,
)

ROOT = Path(__file__).resolve().parent.parent


def make_spec(
    schemas: dict[str, Any] | None = None,
    paths: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A minimal OpenAPI 3.1 document with one operation unless ``paths`` is given."""
    if paths is None:
        paths = {"/things": {"get": operation("ThingsController_listThings_v1", "Things")}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
        **extra,
    }


def operation(operation_id: str, tag: str = "Things", **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "tags": [tag], "responses": {"200": {"description": "OK"}}, **extra}


def run(spec: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    log: list[str] = []
    return normalise(spec, log), log


def fixes(log: list[str], name: str) -> list[str]:
    return [line for line in log if line.startswith(f"{name}:")]


# --- schema fixes ---------------------------------------------------------------------------


def test_list_valued_property_becomes_array_of_its_schemas() -> None:
    spec = make_spec(
        {
            "Zebra": {
                "type": "object",
                "properties": {
                    "stripes": [{"type": "string"}],
                    "spots": [{"type": "string"}, {"type": "integer"}],
                },
            }
        }
    )
    result, log = run(spec)
    properties = result["components"]["schemas"]["Zebra"]["properties"]
    assert properties["stripes"] == {"type": "array", "items": {"type": "string"}}
    assert properties["spots"] == {
        "type": "array",
        "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    }
    assert fixes(log, "list_valued_property") == [
        "list_valued_property: $.components.schemas.Zebra.properties.stripes",
        "list_valued_property: $.components.schemas.Zebra.properties.spots",
    ]


def test_list_valued_property_inside_a_request_body_is_fixed_too() -> None:
    body = {"content": {"application/json": {"schema": {"properties": {"tags": [{"type": "string"}]}}}}}
    spec = make_spec(paths={"/x": {"post": operation("Foo", requestBody=body)}})
    result, log = run(spec)
    schema = result["paths"]["/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}
    assert fixes(log, "list_valued_property") == [
        "list_valued_property: $.paths['/x'].post.requestBody"
        ".content['application/json'].schema.properties.tags"
    ]


def test_mapping_valued_enum_becomes_its_values() -> None:
    spec = make_spec({"Mood": {"type": "string", "enum": {"HAPPY": "happy", "SAD": "sad"}}})
    result, log = run(spec)
    assert result["components"]["schemas"]["Mood"]["enum"] == ["happy", "sad"]
    assert fixes(log, "mapping_valued_enum") == ["mapping_valued_enum: $.components.schemas.Mood.enum"]


def test_mapping_valued_enum_in_a_callback_body() -> None:
    callback_body = {"content": {"application/json": {"schema": {"properties": {"s": {"enum": {"A": "a"}}}}}}}
    callbacks = {"Ping": {"{$request.body#url}": {"post": {"requestBody": callback_body, "responses": {}}}}}
    spec = make_spec(paths={"/x": {"post": operation("Foo", callbacks=callbacks)}})
    result, log = run(spec)
    schema = result["paths"]["/x"]["post"]["callbacks"]["Ping"]["{$request.body#url}"]["post"]["requestBody"]
    assert schema["content"]["application/json"]["schema"]["properties"]["s"]["enum"] == ["a"]
    assert len(fixes(log, "mapping_valued_enum")) == 1


def test_a_property_named_like_a_keyword_is_not_mistaken_for_the_keyword() -> None:
    """A property map is not a schema: a property called ``enum`` or ``type`` stays a property."""
    properties = {
        "enum": {"type": "object", "properties": {"a": {"type": "string"}}},
        "type": {"type": "string"},
        "uniqueItems": {"type": "boolean"},
    }
    spec = make_spec({"Odd": {"type": "object", "properties": copy.deepcopy(properties)}})
    result, log = run(spec)
    assert result["components"]["schemas"]["Odd"]["properties"] == properties
    assert not fixes(log, "mapping_valued_enum")
    assert not fixes(log, "unique_items_without_items")


def test_example_values_are_left_alone() -> None:
    example = {"kind": ["string", "null"], "enum": {"A": "a"}, "type": ["x", "null"]}
    spec = make_spec({"Doc": {"type": "object", "example": copy.deepcopy(example)}})
    result, _ = run(spec)
    assert result["components"]["schemas"]["Doc"]["example"] == example


def test_and_combined_security_becomes_one_alternative_per_scheme() -> None:
    schemes = {"Key": {"type": "http", "scheme": "basic"}, "Token": {"type": "http", "scheme": "bearer"}}
    spec = make_spec(security=[{"Key": [], "Token": []}])
    spec["components"]["securitySchemes"] = schemes
    result, log = run(spec)
    assert result["security"] == [{"Key": []}, {"Token": []}]
    assert fixes(log, "and_combined_security") == ["and_combined_security: $.security[0] -> 2 alternatives"]


def test_and_combined_security_on_an_operation() -> None:
    op = operation("Foo", security=[{"Key": ["read"], "Token": []}])
    spec = make_spec(paths={"/x": {"get": op}})
    spec["components"]["securitySchemes"] = {"Key": {"type": "oauth2"}, "Token": {"type": "http"}}
    result, log = run(spec)
    assert result["paths"]["/x"]["get"]["security"] == [{"Key": ["read"]}, {"Token": []}]
    assert fixes(log, "and_combined_security") == [
        "and_combined_security: $.paths['/x'].get.security[0] -> 2 alternatives"
    ]


def test_single_scheme_requirements_are_kept() -> None:
    spec = make_spec(security=[{"Key": []}, {}])
    spec["components"]["securitySchemes"] = {"Key": {"type": "http", "scheme": "basic"}}
    result, log = run(spec)
    assert result["security"] == [{"Key": []}, {}]
    assert not fixes(log, "and_combined_security")


def test_unique_items_without_items_is_dropped() -> None:
    spec = make_spec(
        {
            "Box": {
                "type": "object",
                "properties": {
                    "label": {"type": "string", "uniqueItems": False},
                    "ref": {"allOf": [{"$ref": "#/components/schemas/Other"}], "uniqueItems": False},
                    "list": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
                },
            },
            "Other": {"type": "string"},
        }
    )
    result, log = run(spec)
    properties = result["components"]["schemas"]["Box"]["properties"]
    assert "uniqueItems" not in properties["label"]
    assert "uniqueItems" not in properties["ref"]
    assert properties["list"]["uniqueItems"] is True
    assert fixes(log, "unique_items_without_items") == [
        "unique_items_without_items: $.components.schemas.Box.properties.label.uniqueItems",
        "unique_items_without_items: $.components.schemas.Box.properties.ref.uniqueItems",
    ]


def test_required_without_property_is_dropped() -> None:
    spec = make_spec(
        {
            "Card": {
                "type": "object",
                "required": ["front", "back"],
                "properties": {"front": {"type": "string"}},
            },
            "Ghost": {"type": "object", "required": ["nothing"], "properties": {"x": {"type": "string"}}},
        }
    )
    result, log = run(spec)
    assert result["components"]["schemas"]["Card"]["required"] == ["front"]
    assert "required" not in result["components"]["schemas"]["Ghost"]
    assert fixes(log, "required_without_property") == [
        "required_without_property: $.components.schemas.Card.required ['back']",
        "required_without_property: $.components.schemas.Ghost.required ['nothing']",
    ]


def test_required_without_property_after_a_list_valued_property() -> None:
    """The real defect: ``examples`` written as a list while ``required`` names ``example``."""
    spec = make_spec(
        {
            "Head": {
                "type": "object",
                "required": ["example"],
                "properties": {"examples": [{"type": "string"}]},
            }
        }
    )
    result, log = run(spec)
    assert "required" not in result["components"]["schemas"]["Head"]
    assert len(fixes(log, "list_valued_property")) == len(fixes(log, "required_without_property")) == 1


def test_null_in_type_list_becomes_any_of() -> None:
    spec = make_spec(
        {
            "Pet": {
                "type": "object",
                "properties": {
                    "nick": {"type": ["string", "null"], "maxLength": 3, "description": "d"},
                    "tags": {"type": ["array", "null"], "items": {"type": "string"}, "uniqueItems": True},
                    "age": {"type": ["integer"]},
                },
            }
        }
    )
    result, log = run(spec)
    properties = result["components"]["schemas"]["Pet"]["properties"]
    assert properties["nick"] == {
        "description": "d",
        "anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}],
    }
    assert properties["tags"] == {
        "anyOf": [{"type": "array", "items": {"type": "string"}, "uniqueItems": True}, {"type": "null"}]
    }
    assert properties["age"] == {"type": "integer"}
    assert fixes(log, "null_in_type_list") == [
        "null_in_type_list: $.components.schemas.Pet.properties.nick.type",
        "null_in_type_list: $.components.schemas.Pet.properties.tags.type",
    ]


def test_a_clean_spec_needs_no_schema_fixes() -> None:
    spec = make_spec({"Fine": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}})
    result, log = run(spec)
    assert result["components"] == spec["components"]
    assert all(line.startswith("operation_names:") for line in log)


def test_normalise_does_not_mutate_its_input() -> None:
    spec = make_spec({"M": {"type": "string", "enum": {"A": "a"}}}, security=[{"A": [], "B": []}])
    spec["components"]["securitySchemes"] = {"A": {"type": "http"}, "B": {"type": "http"}}
    before = copy.deepcopy(spec)
    normalise(spec)
    assert spec == before


# --- operation names ------------------------------------------------------------------------


def names_of(paths: dict[str, Any]) -> dict[tuple[str, str], tuple[str, str]]:
    return clean_operation_names(make_spec(paths=paths))


def test_operation_names_drop_controller_and_single_version() -> None:
    paths = {"/a/{id}/caps": {"get": operation("LlamaFarmController_getLlamaCapabilities_v1", "Llama Farm")}}
    result, log = run(make_spec(paths=paths))
    op = result["paths"]["/a/{id}/caps"]["get"]
    assert op["operationId"] == "getLlamaCapabilities"
    assert op["tags"] == ["llama_farm"]
    assert op["x-original-operation-id"] == "LlamaFarmController_getLlamaCapabilities_v1"
    assert result["tags"] == [{"name": "llama_farm"}]
    assert fixes(log, "operation_names") == [
        "operation_names: LlamaFarmController_getLlamaCapabilities_v1 -> llama_farm.get_llama_capabilities"
    ]


def test_version_suffix_kept_only_where_two_versions_exist() -> None:
    paths = {
        "/v1/b": {"get": operation("BoatController_listBoats_v1", "Boats")},
        "/v2/b": {"get": operation("BoatController_listBoats_v2", "Boats")},
        "/v1/b/{id}": {"get": operation("BoatController_getBoat_v1", "Boats")},
    }
    assert names_of(paths) == {
        ("/v1/b", "get"): ("boats", "list_boats_v1"),
        ("/v2/b", "get"): ("boats", "list_boats_v2"),
        ("/v1/b/{id}", "get"): ("boats", "get_boat"),
    }


def test_name_shared_by_controllers_in_one_tag_gets_the_controller_word() -> None:
    paths = {
        "/chat/owl": {"get": operation("ChatOwlController_get_v1", "Chat")},
        "/chat/emu": {"get": operation("ChatEmuController_get_v1", "Chat")},
        "/other": {"get": operation("OtherController_get_v1", "Other")},
    }
    assert names_of(paths) == {
        ("/chat/owl", "get"): ("chat", "get_owl"),
        ("/chat/emu", "get"): ("chat", "get_emu"),
        ("/other", "get"): ("other", "get"),
    }


def test_same_name_in_different_tags_is_not_a_collision() -> None:
    paths = {
        "/a": {"post": operation("AController_createComment_v1", "Ants")},
        "/b": {"post": operation("BController_createComment_v1", "Bees")},
    }
    assert set(names_of(paths).values()) == {("ants", "create_comment"), ("bees", "create_comment")}


def test_ambiguous_names_raise_spec_error() -> None:
    paths = {
        "/x/1": {"get": operation("ChatController_get_v1", "Chat")},
        "/x/2": {"get": operation("ChatOwlController_get_v1", "Chat")},
    }
    with pytest.raises(SpecError) as caught:
        names_of(paths)
    assert caught.value.path == "$.paths"
    assert "ChatController_get_v1" in caught.value.problem
    assert "would all be named 'get'" in caught.value.problem


def test_two_operations_of_one_controller_with_one_name_raise_spec_error() -> None:
    paths = {
        "/x/1": {"get": operation("ZooController_get_v1", "Zoo")},
        "/x/2": {"delete": operation("ZooKeeperController_get_v1", "Zoo")},
        "/x/3": {"put": operation("ZooKeeperController_get_v1", "Zoo")},
    }
    with pytest.raises(SpecError, match="would all be named 'get'"):
        names_of(paths)
    paths = {
        "/x/1": {"get": operation("ZooKeeperController_get_v1", "Zoo")},
        "/x/2": {"get": operation("ZooKeeperController_get_v1", "Zoo")},
    }
    with pytest.raises(SpecError, match=r"both map to zoo\.get"):
        names_of(paths)


def test_plain_operation_ids_are_snake_cased_and_reserved_words_follow_the_generator() -> None:
    paths = {"/a": {"get": operation("listAll")}, "/b": {"get": operation("list")}}
    assert names_of(paths) == {("/a", "get"): ("things", "list_all"), ("/b", "get"): ("things", "list")}
    assert module_name("list") == "list_"
    assert module_name("import") == "import_"
    assert module_name("getTestNumberCapabilities") == "get_test_number_capabilities"


def test_an_operation_id_that_is_no_identifier_raises_spec_error() -> None:
    with pytest.raises(SpecError) as caught:
        names_of({"/a": {"get": operation("get things!")}})
    assert caught.value.path == "$.paths['/a'].get.operationId"


def test_missing_operation_id_raises_spec_error() -> None:
    with pytest.raises(SpecError) as caught:
        names_of({"/a": {"get": {"responses": {}}}})
    assert caught.value.path == "$.paths['/a'].get.operationId"


def test_tag_module() -> None:
    assert tag_module("RCS Senders") == "rcs_senders"
    assert tag_module("WhatsApp-Flows") == "whatsapp_flows"
    with pytest.raises(SpecError, match="no letters or digits"):
        tag_module("---")


def test_operation_names_are_deterministic() -> None:
    paths = {
        "/chat/owl": {"get": operation("ChatOwlController_get_v1", "Chat")},
        "/chat/emu": {"get": operation("ChatEmuController_get_v1", "Chat")},
        "/v2/b": {"get": operation("BoatController_listBoats_v2", "Boats")},
        "/v1/b": {"get": operation("BoatController_listBoats_v1", "Boats")},
    }
    forward = names_of(paths)
    backward = names_of(dict(reversed(list(paths.items()))))
    assert forward == backward
    assert normalise(make_spec(paths=paths)) == normalise(make_spec(paths=paths))


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [
        (lambda s: s.update(openapi="2.0"), "$.openapi", "expected an OpenAPI 3.x description"),
        (lambda s: s.pop("openapi"), "$.openapi", "expected an OpenAPI 3.x description"),
        (lambda s: s.update(info="x"), "$.info", "missing or not a mapping"),
        (lambda s: s.update(paths=["/a"]), "$.paths", "missing or not a mapping"),
        (lambda s: s["paths"].update({"/b": "nope"}), "$.paths['/b']", "path item is not a mapping"),
        (lambda s: s["paths"].update({"/b": {"get": 3}}), "$.paths['/b'].get", "operation is not a mapping"),
        (lambda s: s.update(components=[]), "$.components", "not a mapping"),
        (lambda s: s["components"].update(schemas=[]), "$.components.schemas", "not a mapping"),
        (
            lambda s: s["components"]["schemas"].update(P={"properties": {"bad": 42}}),
            "$.components.schemas.P.properties.bad",
            "property is a int, not a schema",
        ),
        (
            lambda s: s["components"]["schemas"].update(P={"properties": {"bad": ["x"]}}),
            "$.components.schemas.P.properties.bad",
            "property is a list but not a list of schemas",
        ),
        (
            lambda s: s["components"]["schemas"].update(P={"properties": ["a"]}),
            "$.components.schemas.P.properties",
            "properties is not a mapping",
        ),
        (
            lambda s: s["components"]["schemas"].update(P={"enum": "a"}),
            "$.components.schemas.P.enum",
            "enum is neither a list nor a mapping",
        ),
        (
            lambda s: s["components"]["schemas"].update(P={"type": ["string", "integer"]}),
            "$.components.schemas.P.type",
            "type list without null",
        ),
        (
            lambda s: s["components"]["schemas"].update(P={"type": ["null"]}),
            "$.components.schemas.P.type",
            "unsupported type list",
        ),
        (lambda s: s.update(security={"A": []}), "$.security", "not a list of requirement objects"),
        (lambda s: s.update(security=["A"]), "$.security[0]", "requirement is not a mapping"),
        (lambda s: s.update(security=[{"Nope": []}]), "$.security[0].Nope", "names no scheme"),
        (
            lambda s: s["paths"]["/things"]["get"].update(tags="Things"),
            "$.paths['/things'].get.tags",
            "not a list of strings",
        ),
        (
            lambda s: s["paths"]["/things"]["get"].update(tags=["!!"]),
            "$.paths['/things'].get.tags[0]",
            "no letters",
        ),
    ],
)
def test_bad_input_raises_spec_error_naming_the_json_path(mutate: Any, path: str, problem: str) -> None:
    spec = make_spec()
    mutate(spec)
    with pytest.raises(SpecError) as caught:
        normalise(spec)
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}: ")


def test_a_document_that_is_not_a_mapping_raises_spec_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"^\$: the document is not a mapping"):
        normalise([])  # type: ignore[arg-type]
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n")
    with pytest.raises(SpecError, match=r"^\$: the document is not a mapping"):
        load_spec(listed)
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [\n")
    with pytest.raises(SpecError, match="cannot be read as YAML/JSON"):
        load_spec(broken)


def test_generate_fails_on_a_broken_spec_and_leaves_the_output_alone(tmp_path: Path) -> None:
    spec = make_spec({"Bad": {"type": "object", "properties": {"oops": "not a schema"}}})
    spec_file = tmp_path / "broken.json"
    import json

    spec_file.write_text(json.dumps(spec))
    out = tmp_path / "out"
    existing = out / "sinch_provisioning" / "marker.py"
    existing.parent.mkdir(parents=True)
    existing.write_text("# previous generation\n")
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))

    result = subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--spec", str(spec_file), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode != 0
    assert "$.components.schemas.Bad.properties.oops" in result.stderr
    assert "not a schema" in result.stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    assert existing.read_text() == "# previous generation\n"


# --- the vendored description ---------------------------------------------------------------


@pytest.fixture(scope="module")
def vendored() -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    raw = load_spec(ROOT / "openapi" / "provisioning.yaml")
    log: list[str] = []
    return raw, normalise(raw, log), log


def test_vendored_spec_has_the_three_known_defects_fixed(vendored: Any) -> None:
    raw, result, log = vendored
    assert any(
        line.startswith("list_valued_property: $.components.schemas.")
        and line.endswith(".properties.examples")
        for line in log
    )
    enum_fixes = fixes(log, "mapping_valued_enum")
    assert len(enum_fixes) == 1
    assert ".callbacks." in enum_fixes[0] and enum_fixes[0].endswith(".properties.status.enum")
    assert fixes(log, "and_combined_security") == ["and_combined_security: $.security[0] -> 3 alternatives"]
    assert raw["security"] == [{"BasicAuth": [], "BearerAuth": [], "OAuth2Production": []}]
    assert result["security"] == [{"BasicAuth": []}, {"BearerAuth": []}, {"OAuth2Production": []}]


def test_vendored_spec_renames_every_operation(vendored: Any) -> None:
    raw, result, log = vendored
    operations = iter_operations(result)
    assert len(operations) == len(iter_operations(raw))
    assert len(fixes(log, "operation_names")) == len(operations)
    names = {(op["tags"][0], module_name(op["operationId"])) for _, _, op in operations}
    assert len(names) == len(operations)
    assert ("rcs_senders", "get_test_number_capabilities") in names
    assert {name for tag, name in names if tag == "conversation"} >= {"get_instagram"}


def test_vendored_spec_normalises_to_a_fixed_point(vendored: Any) -> None:
    """Normalising the output again changes no schema: every defect was fixed in one pass."""
    _, result, _ = vendored
    log: list[str] = []
    normalise(result, log)
    assert log == []
