from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateAnalyticsDateRangesEnum(str, Enum):
    """One of: DAY, MONTH, QUARTER, WEEK.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DAY = "DAY"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateAnalyticsDateRangesEnum | None:
        return missing_member(cls, value)
