from enum import StrEnum


class WhatsappInputFlowActionEnum(StrEnum):
    DATA_EXCHANGE = "DATA_EXCHANGE"
    NAVIGATE = "NAVIGATE"

    def __str__(self) -> str:
        return str(self.value)
