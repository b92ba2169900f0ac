"""Endpoint functions for the ``conversation`` tag, one module per operation, and :class:`ConversationResource`.

``client.conversation`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`ConversationResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import ConversationResource

__all__ = ["ConversationResource"]


def __getattr__(name: str) -> Any:
    if name == "ConversationResource":
        from ._resource import ConversationResource

        globals()[name] = ConversationResource
        return ConversationResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
