from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateLanguagesEnum(str, Enum):
    """One of: AF, AR, AZ, BG, BN, CA, CS, DA, DE, EL, EN, EN_GB, EN_US, ES, ES_AR, ES_ES, ES_MX,
    ES_UY, ET, FA, FI, FIL, FR, GA, GU, HA, HE, HI, HR, HU, ID, IT, JA, KA, KK, KN, KO, KY_KG, LO,
    LT, LV, MK, ML, MR, MS, NB, NL, PA, PL, PT_BR, PT_PT, RO, RU, RW_RW, SK, SL, SQ, SR, SV, SW, TA,
    TE, TH, TR, UK, UNRECOGNIZED, UR, UZ, VI, ZH_CN, ZH_HK, ZH_TW, ZU.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    AF = "AF"
    AR = "AR"
    AZ = "AZ"
    BG = "BG"
    BN = "BN"
    CA = "CA"
    CS = "CS"
    DA = "DA"
    DE = "DE"
    EL = "EL"
    EN = "EN"
    EN_GB = "EN_GB"
    EN_US = "EN_US"
    ES = "ES"
    ES_AR = "ES_AR"
    ES_ES = "ES_ES"
    ES_MX = "ES_MX"
    ES_UY = "ES_UY"
    ET = "ET"
    FA = "FA"
    FI = "FI"
    FIL = "FIL"
    FR = "FR"
    GA = "GA"
    GU = "GU"
    HA = "HA"
    HE = "HE"
    HI = "HI"
    HR = "HR"
    HU = "HU"
    ID = "ID"
    IT = "IT"
    JA = "JA"
    KA = "KA"
    KK = "KK"
    KN = "KN"
    KO = "KO"
    KY_KG = "KY_KG"
    LO = "LO"
    LT = "LT"
    LV = "LV"
    MK = "MK"
    ML = "ML"
    MR = "MR"
    MS = "MS"
    NB = "NB"
    NL = "NL"
    PA = "PA"
    PL = "PL"
    PT_BR = "PT_BR"
    PT_PT = "PT_PT"
    RO = "RO"
    RU = "RU"
    RW_RW = "RW_RW"
    SK = "SK"
    SL = "SL"
    SQ = "SQ"
    SR = "SR"
    SV = "SV"
    SW = "SW"
    TA = "TA"
    TE = "TE"
    TH = "TH"
    TR = "TR"
    UK = "UK"
    UNRECOGNIZED = "UNRECOGNIZED"
    UR = "UR"
    UZ = "UZ"
    VI = "VI"
    ZH_CN = "ZH_CN"
    ZH_HK = "ZH_HK"
    ZH_TW = "ZH_TW"
    ZU = "ZU"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateLanguagesEnum | None:
        return missing_member(cls, value)
