"""``make update-spec``: run against a copy of the repository in a temporary folder (never the real
tree, which others work in), with bumped descriptions derived here from the vendored one."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import update_spec
from codegen.normalise import iter_operations, load_spec
from codegen.update_spec import UpdateError, next_version

ROOT = Path(__file__).resolve().parent.parent
PING = "/v1/projects/{projectId}/webhooks/{webhookId}/ping"
VENV = Path(sys.executable).parent.parent


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The repository's files (tracked and new, not ignored) copied to a temporary folder."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    copy_root = tmp_path / "repo"
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (copy_root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy_root / name)
    return copy_root


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "FAIL_ON_BREAKING"}
    return {**env, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def make_update_spec(repo: Path, spec: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """``make update-spec`` in ``repo``, using this venv (``-o`` keeps make from reinstalling it)."""
    command = [
        "make",
        "--no-print-directory",
        "-o",
        f"{VENV}/.installed",
        f"VENV={VENV}",
        "update-spec",
        f"SPEC={spec}",
        *(f"{k}={v}" for k, v in variables.items()),
    ]
    return subprocess.run(command, cwd=repo, env=environment(), capture_output=True, text=True, check=False)


def vendored() -> dict[str, Any]:
    return load_spec(ROOT / "openapi" / "provisioning.yaml")


def bumped_version(spec: dict[str, Any]) -> str:
    *head, last = spec["info"]["version"].split(".")
    return ".".join([*head, str(int(last) + 1)])


def with_ping(spec: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(spec)
    new["info"]["version"] = bumped_version(spec)
    new["paths"][PING] = {
        "post": {
            "operationId": "WebhookWebhookController_pingWebhook_v1",
            "tags": ["Webhooks"],
            "parameters": [
                {"name": "projectId", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "webhookId", "in": "path", "required": True, "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/WebhookWebhookDto"}}
                    },
                }
            },
        }
    }
    return new


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def not_yaml(spec: dict[str, Any]) -> str:
    return "openapi: 3.1.0\ninfo: [unclosed\n"


def swagger(spec: dict[str, Any]) -> str:
    return yaml.safe_dump({**spec, "openapi": "2.0"})


def list_property_of_strings(spec: dict[str, Any]) -> str:
    broken = copy.deepcopy(spec)
    broken["components"]["schemas"]["WebhookWebhookDto"]["properties"]["id"] = ["not", "schemas"]
    return yaml.safe_dump(broken)


def dangling_ref(spec: dict[str, Any]) -> str:
    """Accepted by the normaliser, rejected by the generator."""
    broken = with_ping(spec)
    schema = broken["paths"][PING]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    schema["$ref"] = "#/components/schemas/NoSuchSchema"
    return yaml.safe_dump(broken)


@pytest.mark.parametrize("broken", [not_yaml, swagger, list_property_of_strings, dangling_ref])
def test_broken_file_leaves_the_tree_byte_identical(repo: Path, tmp_path: Path, broken: Any) -> None:
    spec = tmp_path / "new.yaml"
    spec.write_text(broken(vendored()), encoding="utf-8")
    before = snapshot(repo)
    result = make_update_spec(repo, spec)
    assert result.returncode != 0
    assert "update-spec: the tree is unchanged" in result.stderr
    assert str(spec) in result.stderr
    assert snapshot(repo) == before


def test_fail_on_breaking_reports_and_leaves_the_tree_alone(repo: Path, tmp_path: Path) -> None:
    spec = vendored()
    new = with_ping(spec)
    path, method, removed = next(iter(iter_operations(new)))
    del new["paths"][path][method]
    before = snapshot(repo)
    result = make_update_spec(repo, write(tmp_path / "new.yaml", new), FAIL_ON_BREAKING="1")
    assert result.returncode != 0
    assert "### Breaking" in result.stdout
    assert removed["operationId"] in result.stdout
    assert snapshot(repo) == before


def test_a_failed_write_restores_every_file(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write(tmp_path / "new.yaml", with_ping(vendored()))
    before = snapshot(repo)
    original = update_spec._Transaction.write

    def failing(self: Any, path: Path, data: bytes) -> None:
        if path.name == "pyproject.toml":  # the last write: everything else has been written by now
            raise OSError("disk full")
        original(self, path, data)

    monkeypatch.setattr(update_spec._Transaction, "write", failing)
    with pytest.raises(OSError, match="disk full"):
        update_spec.update(spec, repo)
    assert snapshot(repo) == before


def test_adding_an_operation_generates_a_callable_function(repo: Path, tmp_path: Path) -> None:
    old = vendored()
    new = with_ping(old)
    spec = write(tmp_path / "new.yaml", new)
    result = make_update_spec(repo, spec)
    assert result.returncode == 0, result.stderr
    version = new["info"]["version"]

    # vendored byte for byte, reported, versioned
    assert (repo / "openapi" / "provisioning.yaml").read_bytes() == spec.read_bytes()
    line = "`WebhookWebhookController_pingWebhook_v1` (`webhooks.ping_webhook`)"
    assert line in result.stdout
    changes = (repo / "openapi" / "CHANGES.md").read_text(encoding="utf-8")
    newest = changes.split("\n## ")[1]
    assert newest.startswith(f"{old['info']['version']} → {version}\n")
    assert line in newest
    assert f'\nversion = "{version}"\n' in (repo / "pyproject.toml").read_text(encoding="utf-8")
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.split("\n## ")[1].startswith(f"{version}\n")

    # generated/ is exactly what `make generate` gives for the new description
    check = subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--check"],
        cwd=repo,
        env=environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    module = repo / "generated" / "sinch_provisioning" / "api" / "webhooks" / "ping_webhook.py"
    assert module.is_file()
    assert not (ROOT / "generated" / "sinch_provisioning" / "api" / "webhooks" / "ping_webhook.py").exists()

    script = textwrap.dedent(
        """
        import asyncio, json, httpx
        from sinch_provisioning.api.webhooks import ping_webhook

        seen = []

        class Client:  # the members endpoint functions use (sinch_provisioning.client)
            raise_on_unexpected_status = True

            def __init__(self, transport):
                self._http = httpx.AsyncClient(base_url="http://127.0.0.1", transport=transport)

            def get_async_httpx_client(self):
                return self._http

        def handler(request):
            seen.append([request.method, request.url.path])
            return httpx.Response(200, json={"id": "w1", "target": "https://example.test/hook",
                                             "projectId": "p1", "triggers": []})

        async def main():
            client = Client(httpx.MockTransport(handler))
            response = await ping_webhook.asyncio_detailed("p1", "w1", client=client)
            # ... and through the client's resources, with project_id filled in.
            from sinch_provisioning import ProvisioningClient
            async with ProvisioningClient(project_id="p2", key_id="k", key_secret="s", auth="basic",
                                          server="http://127.0.0.1",
                                          transport=httpx.MockTransport(handler)) as sdk:
                via_resource = await sdk.webhooks.ping_webhook(webhook_id="w2")
            return (response.status_code, type(response.parsed).__name__, response.parsed.id,
                    type(via_resource).__name__)

        status, parsed, ident, resource = asyncio.run(main())
        print(json.dumps({"file": ping_webhook.__file__, "seen": seen, "status": int(status),
                          "parsed": parsed, "id": ident, "resource": resource}))
        """
    )
    pythonpath = os.pathsep.join([str(repo / "overrides"), str(repo / "generated")])
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment(PYTHONPATH=pythonpath),
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout)
    assert Path(outcome["file"]).resolve() == module.resolve()
    assert outcome["seen"] == [
        ["POST", "/v1/projects/p1/webhooks/w1/ping"],
        ["POST", "/v1/projects/p2/webhooks/w2/ping"],
    ]
    assert (outcome["status"], outcome["parsed"], outcome["id"]) == (200, "WebhookWebhookDto", "w1")
    assert outcome["resource"] == "WebhookWebhookDto"

    # The contract suite of the copy covers the new operation against Prism, with no hand edits.
    (repo / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    contract = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "tests/contract/test_operations.py",
            "-k",
            "ping_webhook",
            "-v",
        ],
        cwd=repo,
        env=environment(PYTHONPATH=os.pathsep.join([pythonpath, str(repo)])),
        capture_output=True,
        text=True,
        check=False,
    )
    assert contract.returncode == 0, contract.stdout + contract.stderr
    assert "webhooks.ping_webhook[required-only]] PASSED" in contract.stdout, contract.stdout
    assert "webhooks.ping_webhook[all-fields]] PASSED" in contract.stdout, contract.stdout


def test_the_same_file_again_changes_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(repo)
    assert update_spec.update(repo / "openapi" / "provisioning.yaml", repo) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert snapshot(repo) == before


@pytest.mark.parametrize(
    ("package", "old", "new", "expected"),
    [
        ("1.2.117", "1.2.117", "1.2.118", "1.2.118"),
        ("1.2.117.post3", "1.2.117", "1.3", "1.3"),
        ("1.2.118", "1.2.118", "1.2.118", "1.2.118.post1"),
        ("1.2.118.post1", "1.2.118", "1.2.118", "1.2.118.post2"),
    ],
)
def test_next_version(package: str, old: str, new: str, expected: str) -> None:
    assert next_version(package, old, new) == expected


@pytest.mark.parametrize(
    ("package", "old", "new", "message"),
    [
        ("1.2.117", "1.2.117", "1.2.116", "older"),
        ("1.2.117", "1.2.117", "1.2.118-beta", "dotted number"),
        ("1.2.117rc1", "1.2.117", "1.2.118", "pyproject"),
    ],
)
def test_next_version_refuses(package: str, old: str, new: str, message: str) -> None:
    with pytest.raises(UpdateError, match=message):
        next_version(package, old, new)


def test_webhook_typing_problems_never_block_a_bump_and_are_reported(repo: Path, tmp_path: Path) -> None:
    """All three scenarios in one bump: WHATSAPP_TEMPLATE_DELETED removed while the templates'
    ``Deleted`` callbacks stay; a new ``Viber Senders`` tag whose ``Exploded`` callback names no
    trigger; and its ``Activated`` callback with a new matching VIBER_SENDER_ACTIVATED (typed)."""
    from test_webhooks_mapping import with_viber, without_template_deleted

    new = with_viber(
        without_template_deleted(vendored()),
        callbacks={"Activated": "ViberSenderDto", "Exploded": "ViberSenderDto"},
        triggers=["VIBER_SENDER_ACTIVATED"],
    )
    new["info"]["version"] = bumped_version(new)
    spec = write(tmp_path / "new.yaml", new)

    before = snapshot(repo)
    strict = make_update_spec(repo, spec, STRICT="1")
    assert strict.returncode != 0
    assert f"Error {update_spec.EXIT_WEBHOOK_WARNINGS}" in strict.stderr  # make exits 2, saying why
    assert "3 webhook typing warnings; nothing was changed (--strict)" in strict.stderr
    assert "### Webhook typing warnings" in strict.stdout
    assert snapshot(repo) == before

    result = make_update_spec(repo, spec)
    assert result.returncode == 0, result.stderr
    for text in (result.stdout, (repo / "openapi" / "CHANGES.md").read_text(encoding="utf-8")):
        section = text.split("### Webhook typing warnings", 1)[1]
        assert "`POST /v1/projects/{projectId}/whatsapp/templates Deleted`" in section
        assert "`POST /v1/projects/{projectId}/viber/senders Exploded`" in section
        assert "Activated" not in section
    assert "update-spec: warning: webhook typing: unmapped-callback" in result.stderr
    assert "generate: warning: webhook typing: unmapped-callback" in result.stderr  # what make generate says

    script = textwrap.dedent(
        """
        import json
        from sinch_provisioning._webhook_events import TRIGGERS
        from sinch_provisioning.webhooks import parse_webhook_event
        bodies = [
            {"type": "WHATSAPP_TEMPLATE_DELETED"},
            {"type": "VIBER_SENDER_ACTIVATED", "payload": {"id": "v1"}},
        ]
        events = [parse_webhook_event(json.dumps(body)) for body in bodies]
        found = [[type(e).__name__, type(e.payload).__name__] for e in events]
        print(json.dumps([*found, TRIGGERS["WHATSAPP_SENDER_DELETED"].event.__name__]))
        """
    )
    pythonpath = os.pathsep.join([str(repo / "overrides"), str(repo / "generated")])
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment(PYTHONPATH=pythonpath),
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [
        ["UnknownWebhookEvent", "NoneType"],
        ["ViberSenderActivatedEvent", "ViberSenderDto"],
        "WhatsappSenderDeletedEvent",  # the senders' trigger stays typed
    ]
