from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappFlowActionEnum(str, Enum):
    """One of: DATA_EXCHANGE, NAVIGATE, UNKNOWN, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DATA_EXCHANGE = "DATA_EXCHANGE"
    NAVIGATE = "NAVIGATE"
    UNKNOWN = "UNKNOWN"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappFlowActionEnum | None:
        return missing_member(cls, value)
