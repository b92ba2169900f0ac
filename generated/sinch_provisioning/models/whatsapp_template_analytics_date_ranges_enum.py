from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateAnalyticsDateRangesEnum(str, Enum):
    DAY = "DAY"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateAnalyticsDateRangesEnum | None:
        return missing_member(cls, value)
