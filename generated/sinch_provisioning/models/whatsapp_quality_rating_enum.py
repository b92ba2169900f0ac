from enum import StrEnum


class WhatsappQualityRatingEnum(StrEnum):
    GREEN = "GREEN"
    RED = "RED"
    UNKNOWN = "UNKNOWN"
    UNRECOGNIZED = "UNRECOGNIZED"
    YELLOW = "YELLOW"

    def __str__(self) -> str:
        return str(self.value)
