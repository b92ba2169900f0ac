from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappDailyLimitEnum(str, Enum):
    """One of: NOT_SET, TIER_100K, TIER_10K, TIER_1K, TIER_250, TIER_2K, TIER_50, TIER_UNLIMITED,
    UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    NOT_SET = "NOT_SET"
    TIER_100K = "TIER_100K"
    TIER_10K = "TIER_10K"
    TIER_1K = "TIER_1K"
    TIER_250 = "TIER_250"
    TIER_2K = "TIER_2K"
    TIER_50 = "TIER_50"
    TIER_UNLIMITED = "TIER_UNLIMITED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappDailyLimitEnum | None:
        return missing_member(cls, value)
