from enum import StrEnum


class WhatsappSenderInputRegionEnum(StrEnum):
    BR = "BR"
    EU = "EU"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
