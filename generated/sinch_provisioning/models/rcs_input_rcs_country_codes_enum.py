from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsInputRcsCountryCodesEnum(str, Enum):
    """One of: AT, BE, BR, CA, CZ, DE, DK, ES, FI, FR, GB, GR, HU, IT, LT, MX, NL, NO, PE, PL, PT, SE,
    SG, SK, US.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
