from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderInputMetaLocalStoragesEnum(str, Enum):
    """One of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappSenderInputMetaLocalStoragesEnum | None:
        return missing_member(cls, value)
