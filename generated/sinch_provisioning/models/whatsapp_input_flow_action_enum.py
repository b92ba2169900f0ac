from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputFlowActionEnum(str, Enum):
    DATA_EXCHANGE = "DATA_EXCHANGE"
    NAVIGATE = "NAVIGATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappInputFlowActionEnum | None:
        return missing_member(cls, value)
