from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsInputRcsCountryCodesEnum(str, Enum):
    AT = "AT"
    BE = "BE"
    BR = "BR"
    CA = "CA"
    CZ = "CZ"
    DE = "DE"
    DK = "DK"
    ES = "ES"
    FI = "FI"
    FR = "FR"
    GB = "GB"
    GR = "GR"
    HU = "HU"
    IT = "IT"
    LT = "LT"
    MX = "MX"
    NL = "NL"
    NO = "NO"
    PE = "PE"
    PL = "PL"
    PT = "PT"
    SE = "SE"
    SG = "SG"
    SK = "SK"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsInputRcsCountryCodesEnum | None:
        return missing_member(cls, value)
