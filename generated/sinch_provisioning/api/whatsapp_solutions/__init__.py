"""Endpoint functions for the ``whatsapp_solutions`` tag, one module per operation, and the resources.

``client.whatsapp_solutions`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`WhatsappSolutionsResource`, on a ``SyncProvisioningClient`` a :class:`SyncWhatsappSolutionsResource`
(module ``_resource``, imported on first use, so importing one endpoint module
stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import WhatsappSolutionsResource, SyncWhatsappSolutionsResource

__all__ = ["WhatsappSolutionsResource", "SyncWhatsappSolutionsResource"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import _resource

        value = getattr(_resource, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
