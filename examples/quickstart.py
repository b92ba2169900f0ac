"""Quickstart: list a project's webhooks and read an RCS test number's capabilities.

Against the real API, set SINCH_PROJECT_ID, SINCH_KEY_ID and SINCH_KEY_SECRET
and run ``python examples/quickstart.py`` (OAuth2, production server).

``make demo`` runs it against a local Prism mock instead: Prism's URL arrives
in SINCH_PROVISIONING_BASE_URL and any Basic credentials are accepted, so no
real key is needed.
"""

from __future__ import annotations

import asyncio
import os

from sinch_provisioning import PaginationError, ProvisioningClient, ProvisioningError, normalize_e164


def make_client() -> ProvisioningClient:
    mock_url = os.environ.get("SINCH_PROVISIONING_BASE_URL")
    if mock_url:
        return ProvisioningClient(
            project_id="demo-project",
            key_id="demo-key-id",
            key_secret="demo-key-secret",  # noqa: S106 - a dummy for the local mock
            server=mock_url,
            auth="basic",
        )
    return ProvisioningClient()  # SINCH_* environment variables, OAuth2, Server.PRODUCTION


async def main() -> int:
    async with make_client() as client:
        print(f"client: {client!r}")

        page = await client.webhooks.list_webhooks(page_size=10)
        print(f"webhooks: {page.total_size:g} in total, {len(page.webhooks)} on the first page")
        for webhook in page.webhooks:
            print(f"  {webhook.id}: {webhook.target} triggers={[str(t) for t in webhook.triggers]}")

        # Every item of every page; a mock that repeats its example token is caught, not looped on.
        try:
            count = 0
            async for _webhook in client.webhooks.iter_list_webhooks(page_size=10):
                count += 1
            print(f"iter_list_webhooks: {count} webhook(s)")
        except PaginationError as exc:
            print(f"iter_list_webhooks stopped: {exc}")

        number = normalize_e164("+1 (222) 333-4444")  # -> "+12223334444"
        try:
            caps = await client.rcs_senders.get_test_number_capabilities(
                sender_id="demo-sender", test_number=number
            )
        except ProvisioningError as exc:
            print(f"capabilities of {number}: error {exc}")
            return 1
        print(f"capabilities of {number}: {[str(feature) for feature in caps.features]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
