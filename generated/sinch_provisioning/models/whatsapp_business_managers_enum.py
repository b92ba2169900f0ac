from enum import StrEnum


class WhatsappBusinessManagersEnum(StrEnum):
    SINCH_AMERICA = "SINCH_AMERICA"
    SINCH_BR = "SINCH_BR"
    SINCH_MX = "SINCH_MX"
    SINCH_SEP = "SINCH_SEP"
    SINCH_UK = "SINCH_UK"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
