from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesInputWebhookTargetTypesEnum(str, Enum):
    """One of: DISMISS, GRPC, HTTP.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DISMISS = "DISMISS"
    GRPC = "GRPC"
    HTTP = "HTTP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BundlesInputWebhookTargetTypesEnum | None:
        return missing_member(cls, value)
