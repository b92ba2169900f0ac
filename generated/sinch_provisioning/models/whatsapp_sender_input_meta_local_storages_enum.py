from enum import StrEnum


class WhatsappSenderInputMetaLocalStoragesEnum(StrEnum):
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
    US = "US"
    ZA = "ZA"

    def __str__(self) -> str:
        return str(self.value)
