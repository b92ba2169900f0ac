from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappFlowActionEnum(str, Enum):
    DATA_EXCHANGE = "DATA_EXCHANGE"
    NAVIGATE = "NAVIGATE"
    UNKNOWN = "UNKNOWN"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappFlowActionEnum | None:
        return missing_member(cls, value)
