"""Endpoint functions for the ``bundles`` tag, one module per operation, and :class:`BundlesResource`.

``client.bundles`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`BundlesResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import BundlesResource

__all__ = ["BundlesResource"]


def __getattr__(name: str) -> Any:
    if name == "BundlesResource":
        from ._resource import BundlesResource

        globals()[name] = BundlesResource
        return BundlesResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
