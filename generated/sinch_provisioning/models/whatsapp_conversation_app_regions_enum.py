from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappConversationAppRegionsEnum(str, Enum):
    BR = "br"
    EU = "eu"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappConversationAppRegionsEnum | None:
        return missing_member(cls, value)
