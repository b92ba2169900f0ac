from enum import StrEnum


class WhatsappFlowActionEnum(StrEnum):
    DATA_EXCHANGE = "DATA_EXCHANGE"
    NAVIGATE = "NAVIGATE"
    UNKNOWN = "UNKNOWN"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
