from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateAnalyticsButtonTypesEnum(str, Enum):
    QUICK_REPLY = "QUICK_REPLY"
    UNIQUE_URL = "UNIQUE_URL"
    UNRECOGNIZED = "UNRECOGNIZED"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappTemplateAnalyticsButtonTypesEnum | None:
        return missing_member(cls, value)
