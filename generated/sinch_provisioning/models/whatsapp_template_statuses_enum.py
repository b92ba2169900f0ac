from enum import StrEnum


class WhatsappTemplateStatusesEnum(StrEnum):
    DRAFT = "DRAFT"
    IN_PROGRESS = "IN_PROGRESS"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
