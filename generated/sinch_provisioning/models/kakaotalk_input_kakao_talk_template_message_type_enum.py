from enum import StrEnum


class KakaotalkInputKakaoTalkTemplateMessageTypeEnum(StrEnum):
    AD_INCLUDED = "AD_INCLUDED"
    BASIC = "BASIC"
    EXTRA_INFORMATION = "EXTRA_INFORMATION"
    MIXED = "MIXED"

    def __str__(self) -> str:
        return str(self.value)
