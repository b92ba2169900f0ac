from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateQualityScoreEnum(str, Enum):
    QUALITY_SCORE_GREEN = "QUALITY_SCORE_GREEN"
    QUALITY_SCORE_RED = "QUALITY_SCORE_RED"
    QUALITY_SCORE_UNKNOWN = "QUALITY_SCORE_UNKNOWN"
    QUALITY_SCORE_YELLOW = "QUALITY_SCORE_YELLOW"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateQualityScoreEnum | None:
        return missing_member(cls, value)
