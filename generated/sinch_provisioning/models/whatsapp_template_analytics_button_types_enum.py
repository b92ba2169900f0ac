from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateAnalyticsButtonTypesEnum(str, Enum):
    """One of: QUICK_REPLY, UNIQUE_URL, UNRECOGNIZED, URL.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    QUICK_REPLY = "QUICK_REPLY"
    UNIQUE_URL = "UNIQUE_URL"
    UNRECOGNIZED = "UNRECOGNIZED"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappTemplateAnalyticsButtonTypesEnum | None:
        return missing_member(cls, value)
