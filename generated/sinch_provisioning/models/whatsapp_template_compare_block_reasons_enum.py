from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateCompareBlockReasonsEnum(str, Enum):
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
