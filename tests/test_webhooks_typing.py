"""``parse_webhook_event`` under ``mypy --strict``: ``isinstance`` and ``match`` narrow ``payload``
to the trigger's model, and without narrowing ``payload`` is a union, not ``Any``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_resources import ROOT, merged_package

SNIPPET = """
from sinch_provisioning.webhooks import (
    RcsAccountCommentAddedEvent,
    UnknownWebhookEvent,
    WebhookEvent,
    WhatsappSenderActiveEvent,
    WhatsappTemplateStatusUpdatedEvent,
    parse_webhook_event,
)


def handle(raw: bytes) -> None:
    event = parse_webhook_event(raw)
    reveal_type(event.trigger)
    if isinstance(event, WhatsappSenderActiveEvent):
        reveal_type(event.payload)
    match event:
        case WhatsappTemplateStatusUpdatedEvent(payload=template):
            reveal_type(template)
        case RcsAccountCommentAddedEvent():
            reveal_type(event.payload)
        case UnknownWebhookEvent(payload=anything):
            reveal_type(anything)
    if isinstance(event, WebhookEvent):
        reveal_type(event.comment)
    event.payload.id  # E: union-attr
"""


@pytest.mark.skipif(
    shutil.which("mypy", path=str(Path(sys.executable).parent)) is None, reason="mypy missing"
)
def test_isinstance_and_match_narrow_the_payload_under_mypy_strict(tmp_path: Path) -> None:
    merged_package(tmp_path)
    (tmp_path / "snippet.py").write_text(SNIPPET, encoding="utf-8")
    command = [
        sys.executable, "-m", "mypy", "--strict",
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(tmp_path / ".mypy_cache"),
        "--follow-imports", "silent",
        "--python-version", "3.11",
        "--show-error-codes", "--no-error-summary",
        "-m", "snippet", "-m", "sinch_provisioning.webhooks", "-m", "sinch_provisioning._webhook_events",
        "-m", "sinch_provisioning.testing",
    ]  # fmt: skip
    env = {**os.environ, "MYPYPATH": str(tmp_path)}
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    lines = result.stdout.splitlines()
    others = [line for line in lines if not line.startswith("snippet.py") and ": note:" not in line]
    assert others == [], "\n".join(others)
    revealed = [line.split("Revealed type is ", 1)[1] for line in lines if "Revealed type" in line]
    assert revealed == [
        '"builtins.str"',  # the enum (a str subclass) on typed events, the str on unknown ones
        '"sinch_provisioning.models.whatsapp_sender_dto.WhatsappSenderDto"',
        '"sinch_provisioning.models.whatsapp_template_dto.WhatsappTemplateDto"',
        '"None"',
        '"Any"',
        '"builtins.str | None"',
    ], "\n".join(lines)
    errors = [line for line in lines if ": error:" in line]
    expected = [n for n, text in enumerate(SNIPPET.splitlines(), 1) if "# E:" in text]
    assert {int(line.split(":")[1]) for line in errors} == set(expected), "\n".join(lines)
    assert all("[union-attr]" in line for line in errors)
    assert 'Item "None"' in "\n".join(errors)  # un-narrowed, payload is a union of models and None
