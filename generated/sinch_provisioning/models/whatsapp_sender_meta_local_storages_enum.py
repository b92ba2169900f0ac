from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderMetaLocalStoragesEnum(str, Enum):
    AE = "AE"
    AU = "AU"
    BH = "BH"
    BR = "BR"
    CA = "CA"
    CH = "CH"
    DE = "DE"
    GB = "GB"
    ID = "ID"
    IN = "IN"
    JP = "JP"
    KR = "KR"
    SG = "SG"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"
    US = "US"
    ZA = "ZA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappSenderMetaLocalStoragesEnum | None:
        return missing_member(cls, value)
