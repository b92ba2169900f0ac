from enum import StrEnum


class WhatsappTemplateAnalyticsDateRangesEnum(StrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)
