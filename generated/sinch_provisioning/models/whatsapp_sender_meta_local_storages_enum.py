from enum import StrEnum


class WhatsappSenderMetaLocalStoragesEnum(StrEnum):
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
