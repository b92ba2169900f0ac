from enum import StrEnum


class WhatsappTemplateAnalyticsButtonTypesEnum(StrEnum):
    QUICK_REPLY = "QUICK_REPLY"
    UNIQUE_URL = "UNIQUE_URL"
    UNRECOGNIZED = "UNRECOGNIZED"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
