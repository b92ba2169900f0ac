"""Test kit for code that uses the SDK; import it from your tests, the package never does.

``MockProvisioningAPI`` is an ``httpx`` transport: pass it as ``transport=`` to
``ProvisioningClient`` and every operation answers from the spec, with no
network, no Node and no credentials. ``sign_webhook`` / ``signed_webhook_request``
build signed webhook requests for testing a receiver. Only the runtime
dependencies are used.
"""

from .._public import expose as _expose
from ._mock import MockCall, MockProvisioningAPI
from ._signing import DEFAULT_WEBHOOK_URL, sign_webhook, signed_webhook_request, webhook_body

__all__ = [
    "DEFAULT_WEBHOOK_URL",
    "MockCall",
    "MockProvisioningAPI",
    "sign_webhook",
    "signed_webhook_request",
    "webhook_body",
]

_expose(__name__, __all__, globals())
