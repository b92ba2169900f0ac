from enum import StrEnum


class WhatsappSenderStatesEnum(StrEnum):
    ACTIVE = "ACTIVE"
    ERROR = "ERROR"
    INACTIVE = "INACTIVE"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)
