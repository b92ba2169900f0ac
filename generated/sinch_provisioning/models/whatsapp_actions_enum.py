from enum import StrEnum


class WhatsappActionsEnum(StrEnum):
    DRAFT = "DRAFT"
    SUBMIT = "SUBMIT"

    def __str__(self) -> str:
        return str(self.value)
