"""Endpoint functions for the ``whatsapp_templates`` tag, one module per operation, and :class:`WhatsappTemplatesResource`.

``client.whatsapp_templates`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappTemplatesResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappTemplatesResource

__all__ = ["WhatsappTemplatesResource"]


def __getattr__(name: str) -> Any:
    if name == "WhatsappTemplatesResource":
        from ._resource import WhatsappTemplatesResource

        globals()[name] = WhatsappTemplatesResource
        return WhatsappTemplatesResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
