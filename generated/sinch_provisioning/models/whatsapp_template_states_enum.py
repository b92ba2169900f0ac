from enum import StrEnum


class WhatsappTemplateStatesEnum(StrEnum):
    APPROVED = "APPROVED"
    DISABLED = "DISABLED"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
