from enum import StrEnum


class KakaotalkKakaoTalkTemplateMessageTypeEnum(StrEnum):
    AD_INCLUDED = "AD_INCLUDED"
    BASIC = "BASIC"
    EXTRA_INFORMATION = "EXTRA_INFORMATION"
    MIXED = "MIXED"
    TEMPLATE_MESSAGE_TYPE_UNSPECIFIED = "TEMPLATE_MESSAGE_TYPE_UNSPECIFIED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
