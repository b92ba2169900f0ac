"""Quickstart: an RCS launch, from registering webhooks to receiving the "launched" event.

``make demo`` (or ``python examples/quickstart.py``) runs it against
``sinch_provisioning.testing.MockProvisioningAPI``, the whole API in process:
no network, no credentials, no Node. The client code is what you would write
against the real API; only ``transport=`` differs (see ``make_client``).

The story: register two webhooks for a project, list every webhook page by
page, check which RCS features a test handset supports (a badly typed number
is refused before anything is sent), then receive the signed webhook the API
posts when the sender launches, verify it and read it.
"""

from __future__ import annotations

import asyncio
import json

from sinch_provisioning import InvalidE164Error, ProvisioningClient, normalize_e164
from sinch_provisioning.models import WebhookWebhookInputDto, WebhookWebhookTriggersEnum
from sinch_provisioning.testing import MockProvisioningAPI, sign_webhook
from sinch_provisioning.webhooks import (
    RcsSenderStatusUpdatedEvent,
    parse_webhook_event,
    verify_webhook_signature,
)

PROJECT_ID = "3c2a1e55-7d4f-4b8e-9a61-2f0c5d8e7b14"
WEBHOOK_SECRET = "whsec-3f9a7c21d84b"  # noqa: S105 - the demo's made-up webhook secret
SENDER_ID = "01HZX4K8Q2M7RW3T9VBNC5EJ6D"


def make_client(mock: MockProvisioningAPI) -> ProvisioningClient:
    """Against the real API: ``ProvisioningClient()`` (SINCH_PROJECT_ID, SINCH_KEY_ID, SINCH_KEY_SECRET)."""
    return ProvisioningClient(PROJECT_ID, "demo-key-id", "demo-key-secret", transport=mock)


async def register_webhooks(client: ProvisioningClient) -> None:
    print("1. Register webhooks for the events the service handles")
    for target, triggers in (
        ("https://hooks.example.com/sinch/rcs", [WebhookWebhookTriggersEnum.RCS_SENDER_STATUS_UPDATED]),
        ("https://hooks.example.com/sinch/whatsapp", [WebhookWebhookTriggersEnum.WHATSAPP_SENDER_ACTIVE]),
    ):
        body = WebhookWebhookInputDto(target=target, secret=WEBHOOK_SECRET, triggers=triggers)
        webhook = await client.webhooks.create_webhook(body=body)
        print(f"   created {webhook.id} -> {webhook.target}")


async def list_webhooks(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    print("2. Every webhook of the project, two per page (iter_list_webhooks follows nextPageToken)")
    async for webhook in client.webhooks.iter_list_webhooks(page_size=2):
        triggers = ", ".join(str(trigger) for trigger in webhook.triggers)
        print(f"   {webhook.id}  {webhook.target}  [{triggers}]")
    print(f"   ({len(mock.calls_of('webhooks.list_webhooks'))} pages fetched)")


async def check_test_numbers(client: ProvisioningClient, mock: MockProvisioningAPI) -> None:
    print("3. RCS features of the test handsets")
    typed = "+1 (202) 555-0123"
    number = normalize_e164(typed)
    caps = await client.rcs_senders.get_test_number_capabilities(sender_id=SENDER_ID, test_number=number)
    print(f"   {typed!r} is {number}: {', '.join(str(feature) for feature in caps.features)}")

    sent = len(mock.calls)
    try:
        await client.rcs_senders.get_test_number_capabilities(sender_id=SENDER_ID, test_number="202-555-0199")
    except InvalidE164Error as refused:
        print(f"   '202-555-0199' refused before any request ({len(mock.calls) - sent} sent): {refused}")


def receive_launch_event(mock: MockProvisioningAPI) -> None:
    print("4. The API posts a signed webhook when the sender launches")
    sender = {**mock.example("rcs_senders.get_sender"), "id": SENDER_ID, "state": "LAUNCHED"}
    body = json.dumps(
        {
            "type": "RCS_SENDER_STATUS_UPDATED",
            "previousState": "LAUNCHING",
            "currentState": "LAUNCHED",
            "payload": sender,
        }
    ).encode()
    headers = sign_webhook(body, WEBHOOK_SECRET, timestamp=1768469400, nonce="0b3c9f2e6d1a")

    # What the receiving endpoint does with the raw request (see examples/webhook_receiver.py):
    verify_webhook_signature(WEBHOOK_SECRET, headers, body, now=1768469410)
    event = parse_webhook_event(body)
    assert isinstance(event, RcsSenderStatusUpdatedEvent)  # narrows event.payload to RcsSenderDto
    change = f"{event.fields['previousState']} -> {event.fields['currentState']}"
    print(f"   signature verified; {event.type}: {change}")
    sender_dto = event.payload
    brand = sender_dto.details.brand if sender_dto.details else None  # optional fields may be UNSET
    print(f"   sender {sender_dto.id} ({brand.name if brand else 'no brand'}) is {sender_dto.state}")


async def main() -> int:
    mock = MockProvisioningAPI()
    async with make_client(mock) as client:
        print(f"Provisioning API, project {client.project_id} (in-process mock: no network, no credentials)")
        await register_webhooks(client)
        await list_webhooks(client, mock)
        await check_test_numbers(client, mock)
    receive_launch_event(mock)
    print(f"Done: {len(mock.calls)} API requests, {mock.token_requests} OAuth2 token request.")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
