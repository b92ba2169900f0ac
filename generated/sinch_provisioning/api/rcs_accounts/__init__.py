"""Endpoint functions for the ``rcs_accounts`` tag, one module per operation, and :class:`RcsAccountsResource`.

``client.rcs_accounts`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`RcsAccountsResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import RcsAccountsResource

__all__ = ["RcsAccountsResource"]


def __getattr__(name: str) -> Any:
    if name == "RcsAccountsResource":
        from ._resource import RcsAccountsResource

        globals()[name] = RcsAccountsResource
        return RcsAccountsResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
