from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputOtpTypeEnum(str, Enum):
    """One of: COPY_CODE, ONE_TAP, ZERO_TAP.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    COPY_CODE = "COPY_CODE"
    ONE_TAP = "ONE_TAP"
    ZERO_TAP = "ZERO_TAP"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappInputOtpTypeEnum | None:
        return missing_member(cls, value)
