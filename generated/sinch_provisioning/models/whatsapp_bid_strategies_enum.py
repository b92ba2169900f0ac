from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappBidStrategiesEnum(str, Enum):
    """One of: BID_STRATEGY_LOWEST_COST_WITH_BID_CAP, BID_STRATEGY_UNSPECIFIED, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    BID_STRATEGY_LOWEST_COST_WITH_BID_CAP = "BID_STRATEGY_LOWEST_COST_WITH_BID_CAP"
    BID_STRATEGY_UNSPECIFIED = "BID_STRATEGY_UNSPECIFIED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappBidStrategiesEnum | None:
        return missing_member(cls, value)
