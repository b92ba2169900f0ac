from enum import StrEnum


class WhatsappTemplateCategoryEnum(StrEnum):
    AUTHENTICATION = "AUTHENTICATION"
    MARKETING = "MARKETING"
    UNRECOGNIZED = "UNRECOGNIZED"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)
