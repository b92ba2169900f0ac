from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateInputCategoryEnum(str, Enum):
    """One of: AUTHENTICATION, MARKETING, UTILITY.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    AUTHENTICATION = "AUTHENTICATION"
    MARKETING = "MARKETING"
    UTILITY = "UTILITY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateInputCategoryEnum | None:
        return missing_member(cls, value)
