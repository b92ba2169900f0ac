from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateInputCategoryEnum(str, Enum):
    AUTHENTICATION = "AUTHENTICATION"
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateInputCategoryEnum | None:
        return missing_member(cls, value)
