from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappQualityRatingEnum(str, Enum):
    GREEN = "GREEN"
    RED = "RED"
    UNKNOWN = "UNKNOWN"
    UNRECOGNIZED = "UNRECOGNIZED"
    YELLOW = "YELLOW"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappQualityRatingEnum | None:
        return missing_member(cls, value)
