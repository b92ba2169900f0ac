from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderStatesEnum(str, Enum):
    """One of: ACTIVE, ERROR, INACTIVE, IN_PROGRESS, PENDING_VERIFICATION, SUSPENDED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ACTIVE = "ACTIVE"
    ERROR = "ERROR"
    INACTIVE = "INACTIVE"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappSenderStatesEnum | None:
        return missing_member(cls, value)
