"""Endpoint functions for the ``whatsapp`` tag, one module per operation, and :class:`WhatsappResource`.

``client.whatsapp`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappResource

__all__ = ["WhatsappResource"]


def __getattr__(name: str) -> Any:
    if name == "WhatsappResource":
        from ._resource import WhatsappResource

        globals()[name] = WhatsappResource
        return WhatsappResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
