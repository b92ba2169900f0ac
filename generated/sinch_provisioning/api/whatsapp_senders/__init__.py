"""Endpoint functions for the ``whatsapp_senders`` tag, one module per operation, and :class:`WhatsappSendersResource`.

``client.whatsapp_senders`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappSendersResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappSendersResource

__all__ = ["WhatsappSendersResource"]


def __getattr__(name: str) -> Any:
    if name == "WhatsappSendersResource":
        from ._resource import WhatsappSendersResource

        globals()[name] = WhatsappSendersResource
        return WhatsappSendersResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
