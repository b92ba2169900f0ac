"""Endpoint functions for the ``sms_apps`` tag, one module per operation, and :class:`SmsAppsResource`.

``client.sms_apps`` on a :class:`~sinch_provisioning.ProvisioningClient` is a
:class:`SmsAppsResource` (module ``_resource``, imported on first use, so importing
one endpoint module stays cheap). Generated from the spec by ``make generate``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._resource import SmsAppsResource

__all__ = ["SmsAppsResource"]


def __getattr__(name: str) -> Any:
    if name == "SmsAppsResource":
        from ._resource import SmsAppsResource

        globals()[name] = SmsAppsResource
        return SmsAppsResource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
