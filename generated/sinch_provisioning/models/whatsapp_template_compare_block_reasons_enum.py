from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateCompareBlockReasonsEnum(str, Enum):
    """One of: NO_LONGER_NEEDED, NO_REASON, NO_REASON_GIVEN, NO_SIGN_UP, OFFENSIVE_MESSAGES, OTHER,
    OTP_DID_NOT_REQUEST, SPAM, UNKNOWN_BLOCK_REASON, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    NO_LONGER_NEEDED = "NO_LONGER_NEEDED"
    NO_REASON = "NO_REASON"
    NO_REASON_GIVEN = "NO_REASON_GIVEN"
    NO_SIGN_UP = "NO_SIGN_UP"
    OFFENSIVE_MESSAGES = "OFFENSIVE_MESSAGES"
    OTHER = "OTHER"
    OTP_DID_NOT_REQUEST = "OTP_DID_NOT_REQUEST"
    SPAM = "SPAM"
    UNKNOWN_BLOCK_REASON = "UNKNOWN_BLOCK_REASON"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateCompareBlockReasonsEnum | None:
        return missing_member(cls, value)
