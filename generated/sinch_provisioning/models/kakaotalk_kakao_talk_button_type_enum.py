from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkKakaoTalkButtonTypeEnum(str, Enum):
    """One of: APP_LINK, BOT_FOR_CONSULTATION, BOT_KEYWORD, BOT_TRANSFER, BUSINESS_FORM,
    BUTTON_TYPE_UNSPECIFIED, CHANNEL_ID_ADDED, DELIVERY_SEARCH, IMAGE_SECURE_TRANSMISSION_PLUGIN_ID,
    MESSAGE_DELIVERY, ONE_CLICK_PAYMENT_PLUGIN, PERSONAL_INFORMATION_USE_PLUGIN_ID, UNRECOGNIZED,
    WEB_LINK.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    APP_LINK = "APP_LINK"
    BOT_FOR_CONSULTATION = "BOT_FOR_CONSULTATION"
    BOT_KEYWORD = "BOT_KEYWORD"
    BOT_TRANSFER = "BOT_TRANSFER"
    BUSINESS_FORM = "BUSINESS_FORM"
    BUTTON_TYPE_UNSPECIFIED = "BUTTON_TYPE_UNSPECIFIED"
    CHANNEL_ID_ADDED = "CHANNEL_ID_ADDED"
    DELIVERY_SEARCH = "DELIVERY_SEARCH"
    IMAGE_SECURE_TRANSMISSION_PLUGIN_ID = "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID"
    MESSAGE_DELIVERY = "MESSAGE_DELIVERY"
    ONE_CLICK_PAYMENT_PLUGIN = "ONE_CLICK_PAYMENT_PLUGIN"
    PERSONAL_INFORMATION_USE_PLUGIN_ID = "PERSONAL_INFORMATION_USE_PLUGIN_ID"
    UNRECOGNIZED = "UNRECOGNIZED"
    WEB_LINK = "WEB_LINK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkKakaoTalkButtonTypeEnum | None:
        return missing_member(cls, value)
