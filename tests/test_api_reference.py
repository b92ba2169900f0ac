"""``api.md`` lists every resource method with its route, parameters and return type; ``make docs`` builds."""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sinch_provisioning.api import TAGS

from codegen import api_reference

ROOT = Path(__file__).resolve().parent.parent
API_MD = ROOT / "api.md"


def section(text: str, tag: str, method: str) -> str:
    start = text.index(f"\n### `{tag}.{method}`\n")
    end = text.find("\n### ", start + 1)
    return text[start : end if end != -1 else None]


def test_api_md_is_what_the_generated_package_gives() -> None:
    assert API_MD.read_text(encoding="utf-8") == api_reference.render(
        ROOT / "generated" / "sinch_provisioning"
    )


def test_every_resource_method_is_listed_with_route_parameters_and_return_type() -> None:
    text = API_MD.read_text(encoding="utf-8")
    count = 0
    for tag in TAGS:
        package = importlib.import_module(f"sinch_provisioning.api.{tag}")
        cls, twin = (getattr(package, name) for name in package.__all__)
        assert f"`client.{tag}` is a `{cls.__name__}`" in text
        assert f"`SyncProvisioningClient` it is a `{twin.__name__}`, with the same methods" in text
        for name, method in vars(cls).items():
            if name.startswith("_") or not inspect.isfunction(method):
                continue
            count += 1
            blocking = inspect.signature(getattr(twin, name))
            assert list(blocking.parameters) == list(inspect.signature(method).parameters)
            block = section(text, tag, name)
            signature = inspect.signature(method)
            assert f"&rarr; `{signature.return_annotation}`" in block
            route = re.search(r"``([A-Z]+ /\S*)``", inspect.getdoc(method) or "")
            if route:
                assert f"Route: `{route.group(1)}`" in block
            for parameter in list(signature.parameters.values())[1:]:
                required = "required" if parameter.default is inspect.Parameter.empty else "optional"
                typed = str(parameter.annotation).replace("|", "\\|")
                assert f"| `{parameter.name}` | `{typed}` | {required} |" in block, (tag, name, parameter)
    assert count == text.count("\n### ") >= 90


def test_api_md_says_every_method_is_on_both_clients() -> None:
    intro = API_MD.read_text(encoding="utf-8").split("\n## Resources\n")[0]
    assert "## Two clients, one API" in intro
    assert "`sinch_provisioning.ProvisioningClient` (async)" in intro
    assert "`sinch_provisioning.SyncProvisioningClient` (blocking)" in intro
    assert "no `await`; `iter_<method>` is a plain iterator" in intro


TWINS = """
class ThingsResource:
    async def get(self, *, thing_id: str) -> Thing:
        \"\"\"``GET /things/{thing_id}``\"\"\"

    def iter_list(self) -> AsyncIterator[Thing]:
        \"\"\"Every item of :meth:`get`.\"\"\"


class SyncThingsResource:
    def get(self, *, thing_id: str) -> Thing:
        \"\"\"``GET /things/{thing_id}``\"\"\"

    def iter_list(self) -> Iterator[Thing]:
        \"\"\"Every item of :meth:`get`.\"\"\"
"""


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (("", ""), None),
        (("def get(self, *, thing_id: str) -> Thing", "def get(self, *, thing: str) -> Thing"), "['get']"),
        (("-> Iterator[Thing]", "-> list[Thing]"), "['iter_list']"),
        (("class SyncThingsResource", "class OtherResource"), "and its Sync twin"),
    ],
)
def test_the_blocking_twin_must_match_the_async_class(
    tmp_path: Path, edit: tuple[str, str], problem: str | None
) -> None:
    module = tmp_path / "_resource.py"
    old, new = edit
    # the edit applies to the twin only (its last occurrence)
    head, _, tail = TWINS.rpartition(old) if old else (TWINS, "", "")
    module.write_text(head + (new if old else "") + tail, encoding="utf-8")
    if problem is None:
        name, found = api_reference.methods(module)
        assert name == "ThingsResource" and [m.name for m in found] == ["get", "iter_list"]
        assert found[0].route == "`GET /things/{thing_id}`" and found[1].returns == "AsyncIterator[Thing]"
    else:
        with pytest.raises(RuntimeError, match=re.escape(problem)):
            api_reference.methods(module)


def test_make_generate_writes_api_md_and_check_catches_drift(tmp_path: Path) -> None:
    reference = tmp_path / "api.md"
    out = tmp_path / "generated"
    command = [sys.executable, "-m", "codegen.generate", "--out", str(out), "--reference", str(reference)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    assert reference.read_text(encoding="utf-8") == API_MD.read_text(encoding="utf-8")
    reference.write_text(reference.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    check = subprocess.run([*command, "--check"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert check.returncode == 1
    assert "api.md differs" in check.stderr


def test_docs_build_renders_the_generated_docstrings(tmp_path: Path) -> None:
    pytest.importorskip("pdoc")
    from devtools import docs

    modules = docs.public_modules()
    assert "sinch_provisioning.api.rcs_senders" in modules and "sinch_provisioning.models" in modules
    index = docs.build(tmp_path / "site", ["sinch_provisioning.api.rcs_senders"])
    assert index.is_file()
    page = (tmp_path / "site" / "sinch_provisioning" / "api" / "rcs_senders.html").read_text(encoding="utf-8")
    assert "RcsSendersResource.get_test_number_capabilities" in page
    assert "one of: ASC, DESC" in page
    assert "InvalidE164Error" in page
