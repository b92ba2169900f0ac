"""Endpoint functions for the ``whatsapp_flows`` tag, one module per operation, and :class:`WhatsappFlowsResource`.

``client.whatsapp_flows`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappFlowsResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappFlowsResource

__all__ = ["WhatsappFlowsResource"]


def __getattr__(name: str) -> Any:
    if name == "WhatsappFlowsResource":
        from ._resource import WhatsappFlowsResource

        globals()[name] = WhatsappFlowsResource
        return WhatsappFlowsResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
