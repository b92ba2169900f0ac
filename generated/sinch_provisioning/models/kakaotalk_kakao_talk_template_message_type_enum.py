from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkKakaoTalkTemplateMessageTypeEnum(str, Enum):
    AD_INCLUDED = "AD_INCLUDED"
    BASIC = "BASIC"
    EXTRA_INFORMATION = "EXTRA_INFORMATION"
    MIXED = "MIXED"
    TEMPLATE_MESSAGE_TYPE_UNSPECIFIED = "TEMPLATE_MESSAGE_TYPE_UNSPECIFIED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> KakaotalkKakaoTalkTemplateMessageTypeEnum | None:
        return missing_member(cls, value)
