"""Endpoint functions for the ``kakaotalk_categories`` tag, one module per operation, and :class:`KakaotalkCategoriesResource`.

``client.kakaotalk_categories`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`KakaotalkCategoriesResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import KakaotalkCategoriesResource

__all__ = ["KakaotalkCategoriesResource"]


def __getattr__(name: str) -> Any:
    if name == "KakaotalkCategoriesResource":
        from ._resource import KakaotalkCategoriesResource

        globals()[name] = KakaotalkCategoriesResource
        return KakaotalkCategoriesResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
