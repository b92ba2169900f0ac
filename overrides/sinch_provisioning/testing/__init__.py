"""Helpers for testing code that uses this SDK, e.g. signed webhook requests for a receiver.

Not imported by ``sinch_provisioning`` itself; import it from your tests.
"""

from ._signing import DEFAULT_WEBHOOK_URL, sign_webhook, signed_webhook_request, webhook_body

__all__ = ["DEFAULT_WEBHOOK_URL", "sign_webhook", "signed_webhook_request", "webhook_body"]
