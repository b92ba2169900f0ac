from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderStatusesEnum(str, Enum):
    """One of: DRAFT, ERROR, IN_PROGRESS, MULTIPLE_WABA_ERROR, REJECTED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DRAFT = "DRAFT"
    ERROR = "ERROR"
    IN_PROGRESS = "IN_PROGRESS"
    MULTIPLE_WABA_ERROR = "MULTIPLE_WABA_ERROR"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappSenderStatusesEnum | None:
        return missing_member(cls, value)
