"""Run the Prism mock server on 127.0.0.1 for tests and ``make demo``.

Prism serves the *normalised* description (the vendored one has defects Prism
rejects). ``python -m devtools.prism run -- CMD ...`` starts it on a free
port, runs CMD with ``SINCH_PROVISIONING_BASE_URL`` pointing at it, and stops
it afterwards. CMD also gets the SDK's own variables (``mock_env``), so code
that builds ``ProvisioningClient()`` from the environment talks to the mock
unchanged: Basic auth with made-up credentials, which Prism accepts.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx

from codegen.normalise import dump, load_spec, normalise

__all__ = ["BASE_URL_ENV", "PrismError", "free_port", "mock_env", "prism_binary", "running_prism"]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "provisioning.yaml"
BASE_URL_ENV = "SINCH_PROVISIONING_BASE_URL"


class PrismError(RuntimeError):
    """Prism is missing or did not come up."""


def prism_binary() -> Path:
    binary = ROOT / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        raise PrismError(f"{binary} is missing: run `make npm` (or `make test`, which installs it)")
    return binary


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_prism(
    spec_path: Path = SPEC,
    *,
    dynamic: bool = False,
    timeout: float = 60.0,
    log_path: Path | None = None,
    examples: Mapping[tuple[str, str], Any] | None = None,
) -> Iterator[str]:
    """Start ``prism mock`` on a free loopback port; yield its base URL; stop it.

    ``examples`` maps (path, method) to a mock-only JSON example that Prism
    answers for that operation's 2xx response instead of data it generates
    (Prism's generator breaks some schemas: recursion, ``oneOf``, ``url``).
    """
    binary = prism_binary()
    workdir = Path(tempfile.mkdtemp(prefix="sinch-prism-"))
    spec_file = workdir / "normalised.json"
    spec = normalise(load_spec(spec_path))
    if examples:
        _inject_examples(spec, examples)
    spec_file.write_text(dump(spec), encoding="utf-8")
    log_file = log_path or workdir / "prism.log"
    port = free_port()
    command = [str(binary), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec_file)]
    if dynamic:
        command += ["--dynamic", "--seed", "sinch-provisioning"]
    with open(log_file, "wb") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(process, base_url, timeout, log_file)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log_path is None:
            shutil.rmtree(workdir, ignore_errors=True)


def _inject_examples(spec: dict[str, Any], examples: Mapping[tuple[str, str], Any]) -> None:
    for (path, method), example in examples.items():
        responses = spec["paths"][path][method]["responses"]
        for status, response in responses.items():
            if str(status).startswith("2"):
                for media in (response.get("content") or {}).values():
                    media.pop("examples", None)
                    media["example"] = example


def _wait_until_up(process: subprocess.Popen[bytes], base_url: str, timeout: float, log_file: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise PrismError(
                f"prism exited with {process.returncode}:\n{log_file.read_text(errors='replace')}"
            )
        try:
            # Any HTTP answer (even 404 for an unknown path) means Prism is serving.
            httpx.get(base_url + "/", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise PrismError(f"prism did not answer on {base_url} within {timeout:.0f}s")


def mock_env(base_url: str, environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` plus what points the SDK at the mock; real credentials are replaced, never sent to it."""
    no_proxy = ",".join(part for part in (environ.get("NO_PROXY"), "127.0.0.1", "localhost") if part)
    return {
        **environ,
        BASE_URL_ENV: base_url,
        "SINCH_PROVISIONING_SERVER": base_url,
        "SINCH_PROVISIONING_AUTH": "basic",
        "SINCH_PROJECT_ID": "demo-project",
        "SINCH_KEY_ID": "demo-key-id",
        "SINCH_KEY_SECRET": "demo-key-secret",
        "NO_PROXY": no_proxy,  # the mock is on loopback: never through a proxy
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 3 or args[0] != "run" or args[1] != "--":
        print("usage: python -m devtools.prism run -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    with running_prism() as base_url:
        print(f"prism: mock server on {base_url}", file=sys.stderr)
        env = mock_env(base_url, os.environ)
        return subprocess.call(args[2:], env=env)


if __name__ == "__main__":
    raise SystemExit(main())
