from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputTemplateCompareTimeframesEnum(str, Enum):
    VALUE_0 = "30"
    VALUE_1 = "60"
    VALUE_2 = "7"
    VALUE_3 = "90"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappInputTemplateCompareTimeframesEnum | None:
        return missing_member(cls, value)
