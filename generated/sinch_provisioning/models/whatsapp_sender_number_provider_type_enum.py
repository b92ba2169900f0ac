from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderNumberProviderTypeEnum(str, Enum):
    CUSTOMER = "CUSTOMER"
    SINCH = "SINCH"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappSenderNumberProviderTypeEnum | None:
        return missing_member(cls, value)
