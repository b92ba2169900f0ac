from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderInputRegistrationMethodEnum(str, Enum):
    SMS = "SMS"
    VOICE = "VOICE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappSenderInputRegistrationMethodEnum | None:
        return missing_member(cls, value)
