"""The blocking client every two-driver test constructs: the real :class:`SyncProvisioningClient`."""

from __future__ import annotations

from sinch_provisioning import SyncProvisioningClient as SyncTestClient

__all__ = ["SyncTestClient"]
