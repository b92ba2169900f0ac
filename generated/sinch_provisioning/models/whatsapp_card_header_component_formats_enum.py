from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappCardHeaderComponentFormatsEnum(str, Enum):
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappCardHeaderComponentFormatsEnum | None:
        return missing_member(cls, value)
