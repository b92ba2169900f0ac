"""What users see of the package: ``__version__``, public ``__module__`` names, error text, ``__path__``.

Runs against a source checkout and (``make test-wheel``) against the installed wheel.
"""

from __future__ import annotations

import importlib
import os
import pickle
import re
import subprocess
import sys
import typing
from importlib import metadata
from pathlib import Path

import httpx
import pytest
import sinch_provisioning
from sinch_provisioning import APIStatusError, ConfigurationError, NotFoundError, Server
from sinch_provisioning._errors import status_error


def test_version_is_the_distributions() -> None:
    version = sinch_provisioning.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+(\.post\d+)?", version)
    source = Path(sinch_provisioning.__file__).resolve().parents[2] / "pyproject.toml"
    if Path(sinch_provisioning.__file__).resolve().parent.parent.name == "overrides" and source.exists():
        assert f'version = "{version}"' in source.read_text(encoding="utf-8")
    else:
        assert version == metadata.version("sinch-provisioning")


def test_version_is_not_read_at_import() -> None:
    code = (
        "import sys, sinch_provisioning; "
        "assert 'importlib.metadata' not in sys.modules, 'metadata read at import'; "
        "assert '__version__' not in vars(sinch_provisioning); "
        "print(sinch_provisioning.__version__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == sinch_provisioning.__version__


def test_unknown_attributes_still_raise() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        sinch_provisioning.nope  # type: ignore[attr-defined]  # noqa: B018


def public_objects() -> list[tuple[str, object]]:
    return [
        (name, getattr(sinch_provisioning, name))
        for name in sinch_provisioning.__all__
        if callable(getattr(sinch_provisioning, name))
    ]


@pytest.mark.parametrize(("name", "obj"), public_objects(), ids=lambda v: v if isinstance(v, str) else "")
def test_public_names_report_the_public_module(name: str, obj: object) -> None:
    assert obj.__module__ == "sinch_provisioning"  # type: ignore[attr-defined]
    assert getattr(sinch_provisioning, obj.__qualname__) is obj  # type: ignore[attr-defined]


@pytest.mark.parametrize("module_name", ["sinch_provisioning.webhooks", "sinch_provisioning.testing"])
def test_public_submodules_name_themselves_on_their_classes(module_name: str) -> None:
    module = importlib.import_module(module_name)
    classes = {
        name: getattr(module, name) for name in module.__all__ if isinstance(getattr(module, name), type)
    }
    assert classes
    wrong = {name: cls.__module__ for name, cls in classes.items() if cls.__module__ != module_name}
    assert wrong == {}
    for cls in classes.values():
        assert pickle.loads(pickle.dumps(cls)) is cls
        typing.get_type_hints(cls)


@pytest.mark.parametrize(("name", "obj"), public_objects(), ids=lambda v: v if isinstance(v, str) else "")
def test_public_classes_keep_resolvable_annotations(name: str, obj: object) -> None:
    if isinstance(obj, type):
        typing.get_type_hints(obj)


def test_a_traceback_names_the_public_class() -> None:
    code = (
        "import httpx, sinch_provisioning._errors as e\n"
        "raise e.status_error(httpx.Response(404, request=httpx.Request('GET', 'https://h/v1/x')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "sinch_provisioning.NotFoundError: 404 from GET /v1/x" in out.stderr


def test_errors_and_servers_pickle_by_their_public_name() -> None:
    error = ConfigurationError("bad setting")
    data = pickle.dumps(error)
    assert b"sinch_provisioning._errors" not in data
    restored = pickle.loads(data)
    assert type(restored) is ConfigurationError and restored.args == ("bad setting",)
    assert pickle.loads(pickle.dumps(Server.STAGING)) is Server.STAGING
    assert pickle.loads(pickle.dumps(NotFoundError)) is NotFoundError


# --- str(APIStatusError) -----------------------------------------------------------------------


def error_for(body: object) -> APIStatusError:
    request = httpx.Request("POST", "https://api.example.test/v1/projects/p/things")
    return status_error(httpx.Response(400, json=body, request=request))


def test_str_shows_the_additional_information() -> None:
    error = error_for(
        {
            "errorCode": "INVALID_ARGUMENT",
            "message": "Validation failed",
            "additionalInformation": {"violations": [{"field": "testNumbers[0]", "reason": "not E.164"}]},
        }
    )
    assert str(error) == (
        "400 from POST /v1/projects/p/things: INVALID_ARGUMENT - Validation failed (additional information: "
        '{"violations":[{"field":"testNumbers[0]","reason":"not E.164"}]})'
    )


def test_additional_information_in_str_is_bounded_and_one_line() -> None:
    info = {f"field{i}": "x\n" * 100 for i in range(2_000)}  # ~440 KB: under the error-parse limit
    error = error_for({"errorCode": "INVALID", "additionalInformation": info})
    text = str(error)
    assert len(text) < 500
    assert "\n" not in text
    assert text.endswith("...)")
    assert error.additional_information == info  # the attribute keeps it all


def test_additional_information_in_str_is_redacted() -> None:
    info = {"echo": "Authorization: Bearer tok-SECRET", "token": "SECRET2"}
    error = error_for({"errorCode": "INVALID", "additionalInformation": info})
    assert "additional information" in str(error)
    assert "SECRET" not in str(error)


# --- __path__ ----------------------------------------------------------------------------------


def test_path_holds_absolute_package_folders_only() -> None:
    for folder in sinch_provisioning.__path__:
        assert os.path.isabs(folder)
        assert Path(folder).name == "sinch_provisioning"
    here = Path(sinch_provisioning.__file__).resolve().parent
    if here.parent.name == "overrides":
        assert sinch_provisioning.__path__ == [str(here), str(here.parent.parent / "generated" / here.name)]
    else:
        assert sinch_provisioning.__path__ == [str(here)]


def test_a_sinch_provisioning_folder_in_the_working_directory_is_not_joined(tmp_path: Path) -> None:
    stray = tmp_path / "sinch_provisioning"
    stray.mkdir()
    (stray / "planted.py").write_text("PLANTED = True\n")
    code = (
        "import sys; sys.path.insert(0, ''); import sinch_provisioning as s; print(s.__path__); "
        "import importlib.util as u; print(u.find_spec('sinch_provisioning.planted'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert "'sinch_provisioning'" not in out.stdout  # no relative entry
    assert out.stdout.splitlines()[-1] == "None"


def test_errors_survive_pickling_with_their_fields() -> None:
    # Celery and multiprocessing pickle the exceptions a task raises.
    request = httpx.Request("GET", "https://api.example.test/v1/projects/p/webhooks/w")
    response = httpx.Response(
        404, json={"errorCode": "NOT_FOUND", "message": "no such webhook"}, request=request
    )
    errors: list[sinch_provisioning.ProvisioningError] = [
        sinch_provisioning.NotFoundError(response, operation="webhooks.get_webhook"),
        sinch_provisioning.InvalidE164Error("test_number", "12345"),
        sinch_provisioning.InvalidPathParameterError("webhook_id", ".."),
        sinch_provisioning.PaginationError("webhooks.list_webhooks", "t", 2),
        sinch_provisioning.ConfigurationError("bad setting"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert {k: v for k, v in vars(copy).items() if k != "response"} == {
            k: v for k, v in vars(error).items() if k != "response"
        }
    not_found = pickle.loads(pickle.dumps(errors[0]))
    assert not_found.status_code == 404 and not_found.error_code == "NOT_FOUND"
    assert not_found.response.json() == {"errorCode": "NOT_FOUND", "message": "no such webhook"}


def test_resource_classes_report_their_tag_package() -> None:
    from sinch_provisioning.api import TAGS

    for tag in TAGS:
        package = importlib.import_module(f"sinch_provisioning.api.{tag}")
        for name in package.__all__:
            cls = getattr(package, name)
            assert cls.__module__ == package.__name__, name
            assert pickle.loads(pickle.dumps(cls)) is cls
