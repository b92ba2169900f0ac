from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappBusinessManagersEnum(str, Enum):
    SINCH_AMERICA = "SINCH_AMERICA"
    SINCH_BR = "SINCH_BR"
    SINCH_MX = "SINCH_MX"
    SINCH_SEP = "SINCH_SEP"
    SINCH_UK = "SINCH_UK"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappBusinessManagersEnum | None:
        return missing_member(cls, value)
