from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateQualityScoreEnum(str, Enum):
    """One of: QUALITY_SCORE_GREEN, QUALITY_SCORE_RED, QUALITY_SCORE_UNKNOWN, QUALITY_SCORE_YELLOW,
    UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
