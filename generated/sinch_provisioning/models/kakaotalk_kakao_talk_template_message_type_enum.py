from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkKakaoTalkTemplateMessageTypeEnum(str, Enum):
    """One of: AD_INCLUDED, BASIC, EXTRA_INFORMATION, MIXED, TEMPLATE_MESSAGE_TYPE_UNSPECIFIED,
    UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
