"""Endpoint functions for the ``whatsapp_accounts`` tag, one module per operation, and :class:`WhatsappAccountsResource`.

``client.whatsapp_accounts`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappAccountsResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappAccountsResource

__all__ = ["WhatsappAccountsResource"]


def __getattr__(name: str) -> Any:
    if name == "WhatsappAccountsResource":
        from ._resource import WhatsappAccountsResource

        globals()[name] = WhatsappAccountsResource
        return WhatsappAccountsResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
