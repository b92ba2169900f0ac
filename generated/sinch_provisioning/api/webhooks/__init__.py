"""Endpoint functions for the ``webhooks`` tag, one module per operation, and :class:`WebhooksResource`.

``client.webhooks`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WebhooksResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WebhooksResource

__all__ = ["WebhooksResource"]


def __getattr__(name: str) -> Any:
    if name == "WebhooksResource":
        from ._resource import WebhooksResource

        globals()[name] = WebhooksResource
        return WebhooksResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
