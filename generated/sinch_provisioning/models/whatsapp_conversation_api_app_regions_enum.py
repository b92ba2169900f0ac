from enum import StrEnum


class WhatsappConversationApiAppRegionsEnum(StrEnum):
    BR = "BR"
    EU = "EU"
    UNRECOGNIZED = "UNRECOGNIZED"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
