"""Endpoint functions for the ``kakaotalk_templates`` tag, one module per operation, and :class:`KakaotalkTemplatesResource`.

``client.kakaotalk_templates`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`KakaotalkTemplatesResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import KakaotalkTemplatesResource

__all__ = ["KakaotalkTemplatesResource"]


def __getattr__(name: str) -> Any:
    if name == "KakaotalkTemplatesResource":
        from ._resource import KakaotalkTemplatesResource

        globals()[name] = KakaotalkTemplatesResource
        return KakaotalkTemplatesResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
