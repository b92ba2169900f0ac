from __future__ import annotations

from enum import Enum

from .._enums import unknown_member


class WhatsappSenderNumberProviderTypeEnum(str, Enum):
    CUSTOMER = "CUSTOMER"
    SINCH = "SINCH"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappSenderNumberProviderTypeEnum | None:
        return unknown_member(cls, value)
