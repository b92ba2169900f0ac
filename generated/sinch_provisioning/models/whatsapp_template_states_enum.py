from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateStatesEnum(str, Enum):
    """One of: APPROVED, DISABLED, PAUSED, PENDING, REJECTED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    APPROVED = "APPROVED"
    DISABLED = "DISABLED"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateStatesEnum | None:
        return missing_member(cls, value)
