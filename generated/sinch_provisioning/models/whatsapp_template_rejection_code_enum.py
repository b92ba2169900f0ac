from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateRejectionCodeEnum(str, Enum):
    """One of: ABUSIVE_CONTENT, INCORRECT_CATEGORY, INVALID_FORMAT, NONE, SCAM, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
