"""Endpoint functions for the ``whatsapp_solutions`` tag, one module per operation, and :class:`WhatsappSolutionsResource`.

``client.whatsapp_solutions`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappSolutionsResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappSolutionsResource

__all__ = ["WhatsappSolutionsResource"]


def __getattr__(name: str) -> Any:
    if name == "WhatsappSolutionsResource":
        from ._resource import WhatsappSolutionsResource

        globals()[name] = WhatsappSolutionsResource
        return WhatsappSolutionsResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
