from enum import StrEnum


class WhatsappBidStrategiesEnum(StrEnum):
    BID_STRATEGY_LOWEST_COST_WITH_BID_CAP = "BID_STRATEGY_LOWEST_COST_WITH_BID_CAP"
    BID_STRATEGY_UNSPECIFIED = "BID_STRATEGY_UNSPECIFIED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
