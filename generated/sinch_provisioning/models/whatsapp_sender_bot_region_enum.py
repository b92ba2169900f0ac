from enum import StrEnum


class WhatsappSenderBotRegionEnum(StrEnum):
    BR = "BR"
    EU = "EU"
    UNRECOGNIZED = "UNRECOGNIZED"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
