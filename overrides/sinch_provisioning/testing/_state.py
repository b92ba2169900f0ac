"""The mock's memory: webhooks created through it are listed, fetched, replaced and deleted.

A service under test usually registers its webhook and reads it back, so the
mock keeps the ``webhooks`` resource of its one project. It starts with a few
generated webhooks (so the list pages); an id it never saw is answered with a
generated webhook carrying that id, as a stateless mock would; a deleted id is
404. Other resources are answered from their schemas, without memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["WEBHOOK_OPERATIONS", "WebhookStore"]

WEBHOOK_OPERATIONS = frozenset({
    "webhooks.list_webhooks", "webhooks.create_webhook", "webhooks.get_webhook",
    "webhooks.replace_webhook", "webhooks.update_webhook", "webhooks.delete_webhook",
})  # fmt: skip


#: ``make(seed, body, base)``: a full webhook answer from ``base`` (or generated) with ``body`` applied.
Maker = Callable[[str, Any, "dict[str, Any] | None"], dict[str, Any]]


class WebhookStore:
    """Webhooks by id, in creation order."""

    def __init__(self, make: Maker, seeded: int) -> None:
        self._make = make
        self._items: dict[str, dict[str, Any]] = {}
        self._deleted: set[str] = set()
        self._created = 0
        for index in range(seeded):
            self._put(
                make(
                    f"webhooks.seeded#{index}", {"target": f"https://example.com/webhooks/{index + 1}"}, None
                )
            )

    def _put(self, webhook: dict[str, Any]) -> dict[str, Any]:
        self._items[str(webhook["id"])] = webhook
        return webhook

    def all(self) -> list[dict[str, Any]]:
        return list(self._items.values())

    def create(self, body: Any) -> dict[str, Any]:
        self._created += 1
        return self._put(self._make(f"webhooks.created#{self._created}", body, None))

    def get(self, webhook_id: str) -> dict[str, Any] | None:
        """The webhook, None once deleted; an unknown id gets a generated webhook with that id."""
        if webhook_id in self._deleted:
            return None
        known = self._items.get(webhook_id)
        return known or {**self._make(f"webhooks.id#{webhook_id}", None, None), "id": webhook_id}

    def replace(self, webhook_id: str, body: Any, *, patch: bool) -> dict[str, Any] | None:
        """PUT (``patch=False``: the body over a fresh webhook) or PATCH (over the current one)."""
        current = self.get(webhook_id)
        if current is None:
            return None
        fresh = self._make(f"webhooks.id#{webhook_id}", body, current if patch else None)
        return self._put({**fresh, "id": webhook_id})

    def delete(self, webhook_id: str) -> bool:
        if webhook_id in self._deleted:
            return False
        self._items.pop(webhook_id, None)
        self._deleted.add(webhook_id)
        return True
