from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkInputKakaoTalkTemplateMessageTypeEnum(str, Enum):
    AD_INCLUDED = "AD_INCLUDED"
    BASIC = "BASIC"
    EXTRA_INFORMATION = "EXTRA_INFORMATION"
    MIXED = "MIXED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> KakaotalkInputKakaoTalkTemplateMessageTypeEnum | None:
        return missing_member(cls, value)
