from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappWhatsAppSenderFieldUpdateStatusEnum(str, Enum):
    """One of: APPROVED, DEFERRED, DELETED, EXPIRED, PENDING, REJECTED, RESERVED, UNRECOGNIZED,
    UNSPECIFIED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    APPROVED = "APPROVED"
    DEFERRED = "DEFERRED"
    DELETED = "DELETED"
    EXPIRED = "EXPIRED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    RESERVED = "RESERVED"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappWhatsAppSenderFieldUpdateStatusEnum | None:
        return missing_member(cls, value)
