"""Test kit for code that uses the SDK: an in-process mock of the whole API.

``MockProvisioningAPI`` is an ``httpx`` transport: pass it as ``transport=`` to
``ProvisioningClient`` and every operation answers from the spec, with no
network, no Node and no credentials. Only the runtime dependencies are used.
"""

from ._mock import MockCall, MockProvisioningAPI

__all__ = ["MockCall", "MockProvisioningAPI"]
