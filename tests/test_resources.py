"""Project-bound resources: one attribute per tag, one typed method per operation, async and blocking."""

from __future__ import annotations

import inspect
import os
import pkgutil
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
import sinch_provisioning.api
from contract.sync_client import SyncTestClient
from fake_api import BASE_URL, KEY_ID, KEY_SECRET, PROJECT, FakeAPI
from sinch_provisioning import BearerToken, ProvisioningClient
from sinch_provisioning.api import TAGS

from codegen.normalise import iter_operations, load_spec, normalise, tag_module

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "provisioning.yaml"


def operation_modules(tag: str) -> list[str]:
    package = __import__(f"sinch_provisioning.api.{tag}", fromlist=["_"])
    return sorted(
        info.name for info in pkgutil.iter_modules(package.__path__) if not info.name.startswith("_")
    )


def sync_client(transport: httpx.BaseTransport | None = None) -> SyncTestClient:
    return SyncTestClient(PROJECT, server=BASE_URL, auth=BearerToken("t0k3n"), transport=transport)


def test_one_attribute_per_tag_of_the_spec() -> None:
    spec = normalise(load_spec(SPEC))
    spec_tags = {tag_module(op["tags"][0]) for _, _, op in iter_operations(spec)}
    assert set(TAGS) == spec_tags
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    with sync_client() as blocking:
        for tag in TAGS:
            name = type(getattr(client, tag)).__name__
            assert name.endswith("Resource")
            assert type(getattr(blocking, tag)).__name__ == f"Sync{name}"


def test_one_async_method_per_operation() -> None:
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    total = 0
    for tag in TAGS:
        resource = getattr(client, tag)
        for name in operation_modules(tag):
            method = getattr(resource, name)
            assert inspect.iscoroutinefunction(method), f"{tag}.{name}"
            parameters = inspect.signature(method).parameters
            assert "project_id" not in parameters and "client" not in parameters
            assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
            total += 1
    assert total == len(iter_operations(normalise(load_spec(SPEC)))) == 90


def test_one_blocking_method_per_operation_with_the_async_signature() -> None:
    client = ProvisioningClient(PROJECT, KEY_ID, KEY_SECRET)
    total = 0
    with sync_client() as blocking:
        for tag in TAGS:
            resource, twin = getattr(client, tag), getattr(blocking, tag)
            public = [name for name in dir(type(resource)) if not name.startswith("_")]
            assert public == [name for name in dir(type(twin)) if not name.startswith("_")]
            for name in public:
                method = getattr(twin, name)
                assert not inspect.iscoroutinefunction(method), f"{tag}.{name}"
                assert inspect.getdoc(method) == inspect.getdoc(getattr(resource, name))
                expected = inspect.signature(getattr(resource, name))
                if name.startswith("iter_"):
                    returns = str(expected.return_annotation).replace("AsyncIterator[", "Iterator[", 1)
                    expected = expected.replace(return_annotation=returns)
                assert inspect.signature(method) == expected, f"{tag}.{name}"
                total += not name.startswith("iter_")
    assert total == 90


async def test_project_id_comes_from_the_client() -> None:
    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"id": "w1", "target": "https://t", "projectId": PROJECT, "triggers": []}
        )

    fake = FakeAPI(api=api)
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=fake.transport
    ) as client:
        webhook = await client.webhooks.get_webhook(webhook_id="w 1/2")
    assert webhook.id == "w1"
    assert fake.requests[0].url.raw_path == f"/v1/projects/{PROJECT}/webhooks/w%201%2F2".encode()


async def test_methods_return_the_parsed_model_and_send_the_body() -> None:
    from sinch_provisioning.models import RcsTestNumbersDto, RcsTestNumbersInputDto

    async def api(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"testNumbers": []})

    fake = FakeAPI(api=api)
    async with ProvisioningClient(
        PROJECT, KEY_ID, KEY_SECRET, server=BASE_URL, auth="basic", transport=fake.transport
    ) as client:
        result = await client.rcs_senders.add_test_numbers(
            sender_id="s1", body=RcsTestNumbersInputDto(test_numbers=["+12223334444"])
        )
    assert isinstance(result, RcsTestNumbersDto)
    [request] = fake.requests
    assert (request.method, request.url.path) == (
        "POST",
        f"/v1/projects/{PROJECT}/rcs/senders/s1/testNumbers",
    )
    assert request.content == b'{"testNumbers":["+12223334444"]}'


def test_blocking_methods_send_for_the_clients_project_and_return_the_model() -> None:
    from sinch_provisioning.models import RcsTestNumbersDto, RcsTestNumbersInputDto

    requests: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if request.method == "GET":
            return httpx.Response(
                200, json={"id": "w1", "target": "https://t", "projectId": PROJECT, "triggers": []}
            )
        return httpx.Response(200, json={"testNumbers": []})

    with sync_client(httpx.MockTransport(api)) as client:
        webhook = client.webhooks.get_webhook(webhook_id="w 1/2")
        result = client.rcs_senders.add_test_numbers(
            sender_id="s1", body=RcsTestNumbersInputDto(test_numbers=["+12223334444"])
        )
    assert webhook.id == "w1" and isinstance(result, RcsTestNumbersDto)
    assert requests[0].url.raw_path == f"/v1/projects/{PROJECT}/webhooks/w%201%2F2".encode()
    assert (requests[1].method, requests[1].url.path) == (
        "POST",
        f"/v1/projects/{PROJECT}/rcs/senders/s1/testNumbers",
    )
    assert requests[1].content == b'{"testNumbers":["+12223334444"]}'
    assert requests[1].headers["authorization"] == "Bearer t0k3n"


def test_importing_one_endpoint_module_stays_light() -> None:
    code = textwrap.dedent(
        """
        import sys
        import sinch_provisioning
        before = {m for m in sys.modules if m.startswith("sinch_provisioning.api.")}
        import sinch_provisioning.api.rcs_senders.get_test_number_capabilities
        api = sorted(m for m in sys.modules if m.startswith("sinch_provisioning.api."))
        models = [m for m in sys.modules if m.startswith("sinch_provisioning.models.")]
        print(len(before), len(api), len(models))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    before, api, models = map(int, out)
    assert before == 0  # `import sinch_provisioning` imports no tag package
    assert api == 2  # the tag package and the one endpoint module
    assert models < 10


def test_resources_need_no_tag_package_until_used() -> None:
    assert sinch_provisioning.api.ProjectResources.__slots__ == ()
    assert sinch_provisioning.api.SyncProjectResources.__slots__ == ()
    code = textwrap.dedent(
        """
        import sys
        from sinch_provisioning.api import SyncProjectResources
        print(sorted(m for m in sys.modules if m.startswith("sinch_provisioning.api.")))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- typing: mypy checks the resource methods --------------------------------------------------

SNIPPET = """
import httpx
from sinch_provisioning import ProvisioningClient
from sinch_provisioning.api import SyncProjectResources
from sinch_provisioning.client import Client, ProjectClient, SyncClient, SyncProjectClient
from sinch_provisioning.api.rcs_senders import get_test_number_capabilities


async def main(client: ProvisioningClient) -> None:
    as_client: Client = client
    as_project_client: ProjectClient = client
    caps = await client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number="+12223334444")
    reveal_type(caps)
    reveal_type(client.webhooks.iter_list_webhooks())
    await get_test_number_capabilities.asyncio_detailed("p", "s", "+12223334444", client=client)
    await client.rcs_senders.get_test_number_capabilities(sender_id=1, test_number="+1")  # E: arg-type
    await client.webhooks.list_webhooks(page_sizes=3)  # E: call-arg


class Blocking(SyncProjectResources):
    project_id = "p"
    raise_on_unexpected_status = True

    def get_httpx_client(self) -> httpx.Client:
        return httpx.Client()

    def _resource_client(self) -> SyncProjectClient:
        return self


def blocking(client: Blocking) -> None:
    as_sync_client: SyncClient = client
    caps = client.rcs_senders.get_test_number_capabilities(sender_id="s", test_number="+12223334444")
    reveal_type(caps)
    reveal_type(client.webhooks.iter_list_webhooks())
    get_test_number_capabilities.sync_detailed("p", "s", "+12223334444", client=client)
    _ = get_test_number_capabilities.asyncio_detailed("p", "s", "+12223334444", client=client)  # E: arg-type
    client.webhooks.list_webhooks(page_sizes=3)  # E: call-arg
"""

HAND_WRITTEN = ["_auth", "_client", "_e164", "_pagination", "_servers"]


def merged_package(target: Path) -> Path:
    """overrides/ + generated/ as one folder, the way a wheel ships them (mypy can't follow extend_path)."""
    package = target / "sinch_provisioning"
    shutil.copytree(
        ROOT / "generated" / "sinch_provisioning", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(
        ROOT / "overrides" / "sinch_provisioning",
        package,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return package


@pytest.mark.skipif(
    shutil.which("mypy", path=str(Path(sys.executable).parent)) is None, reason="mypy missing"
)
def test_resource_methods_and_hand_written_modules_type_check(tmp_path: Path) -> None:
    merged_package(tmp_path)
    (tmp_path / "snippet.py").write_text(SNIPPET, encoding="utf-8")
    modules = [arg for name in HAND_WRITTEN for arg in ("-m", f"sinch_provisioning.{name}")]
    command = [
        sys.executable, "-m", "mypy",
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(tmp_path / ".mypy_cache"),
        "--follow-imports", "silent",  # report only the snippet and the hand-written modules
        "--python-version", "3.11",
        "--show-error-codes", "--no-error-summary",
        "-m", "snippet", "-m", "sinch_provisioning", *modules,
    ]  # fmt: skip
    env = {**os.environ, "MYPYPATH": str(tmp_path)}
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    lines = result.stdout.splitlines()
    snippet = [line for line in lines if line.startswith("snippet.py")]
    others = [line for line in lines if not line.startswith("snippet.py") and ": note:" not in line]
    assert others == [], "\n".join(others)
    revealed = [line for line in snippet if "Revealed type" in line]
    assert "RcsTestNumberCapabilitiesDto" in revealed[0]
    assert "AsyncIterator[sinch_provisioning.models.webhook_webhook_dto.WebhookWebhookDto]" in revealed[1]
    assert "RcsTestNumberCapabilitiesDto" in revealed[2]
    assert "typing.Iterator[sinch_provisioning.models.webhook_webhook_dto.WebhookWebhookDto]" in revealed[3]
    errors = [line for line in snippet if ": error:" in line]
    expected_lines = [n for n, text in enumerate(SNIPPET.splitlines(), 1) if "# E:" in text]
    assert [int(line.split(":")[1]) for line in errors] == expected_lines, "\n".join(snippet)
    assert [line.rsplit("[", 1)[1] for line in errors] == ["arg-type]", "call-arg]"] * 2
