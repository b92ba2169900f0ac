from enum import StrEnum


class WhatsappConversationAppRegionsEnum(StrEnum):
    BR = "br"
    EU = "eu"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
