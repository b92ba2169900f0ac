from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderInputNumberProviderTypeEnum(str, Enum):
    CUSTOMER = "CUSTOMER"
    SINCH = "SINCH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappSenderInputNumberProviderTypeEnum | None:
        return missing_member(cls, value)
