from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateRejectionCodeEnum(str, Enum):
    ABUSIVE_CONTENT = "ABUSIVE_CONTENT"
    INCORRECT_CATEGORY = "INCORRECT_CATEGORY"
    INVALID_FORMAT = "INVALID_FORMAT"
    NONE = "NONE"
    SCAM = "SCAM"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateRejectionCodeEnum | None:
        return missing_member(cls, value)
