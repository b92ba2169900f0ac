from __future__ import annotations

from enum import Enum

from .._enums import unknown_member


class WhatsappTemplateCategoryEnum(str, Enum):
    AUTHENTICATION = "AUTHENTICATION"
    MARKETING = "MARKETING"
    UNRECOGNIZED = "UNRECOGNIZED"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateCategoryEnum | None:
        return unknown_member(cls, value)
