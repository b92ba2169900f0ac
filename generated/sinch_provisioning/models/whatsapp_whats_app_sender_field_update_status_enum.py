from enum import StrEnum


class WhatsappWhatsAppSenderFieldUpdateStatusEnum(StrEnum):
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
