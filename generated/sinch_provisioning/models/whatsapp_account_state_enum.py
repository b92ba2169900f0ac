from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappAccountStateEnum(str, Enum):
    """One of: ONBOARDED, PENDING_FACEBOOK_VERIFICATION, REJECTED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ONBOARDED = "ONBOARDED"
    PENDING_FACEBOOK_VERIFICATION = "PENDING_FACEBOOK_VERIFICATION"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappAccountStateEnum | None:
        return missing_member(cls, value)
