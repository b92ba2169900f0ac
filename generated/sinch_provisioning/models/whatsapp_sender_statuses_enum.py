from enum import StrEnum


class WhatsappSenderStatusesEnum(StrEnum):
    DRAFT = "DRAFT"
    ERROR = "ERROR"
    IN_PROGRESS = "IN_PROGRESS"
    MULTIPLE_WABA_ERROR = "MULTIPLE_WABA_ERROR"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
