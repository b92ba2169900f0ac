from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappQualityRatingEnum(str, Enum):
    """One of: GREEN, RED, UNKNOWN, UNRECOGNIZED, YELLOW.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
