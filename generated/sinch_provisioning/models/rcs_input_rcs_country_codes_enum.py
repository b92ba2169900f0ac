from enum import StrEnum


class RcsInputRcsCountryCodesEnum(StrEnum):
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
