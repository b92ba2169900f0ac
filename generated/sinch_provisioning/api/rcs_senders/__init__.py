"""Endpoint functions for the ``rcs_senders`` tag, one module per operation, and :class:`RcsSendersResource`.

``client.rcs_senders`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`RcsSendersResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import RcsSendersResource

__all__ = ["RcsSendersResource"]


def __getattr__(name: str) -> Any:
    if name == "RcsSendersResource":
        from ._resource import RcsSendersResource

        globals()[name] = RcsSendersResource
        return RcsSendersResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
