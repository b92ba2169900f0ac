"""Endpoint functions for the ``kakaotalk_senders`` tag, one module per operation, and :class:`KakaotalkSendersResource`.

``client.kakaotalk_senders`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`KakaotalkSendersResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import KakaotalkSendersResource

__all__ = ["KakaotalkSendersResource"]


def __getattr__(name: str) -> Any:
    if name == "KakaotalkSendersResource":
        from ._resource import KakaotalkSendersResource

        globals()[name] = KakaotalkSendersResource
        return KakaotalkSendersResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
