from enum import StrEnum


class WhatsappTemplateQualityScoreEnum(StrEnum):
    QUALITY_SCORE_GREEN = "QUALITY_SCORE_GREEN"
    QUALITY_SCORE_RED = "QUALITY_SCORE_RED"
    QUALITY_SCORE_UNKNOWN = "QUALITY_SCORE_UNKNOWN"
    QUALITY_SCORE_YELLOW = "QUALITY_SCORE_YELLOW"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
