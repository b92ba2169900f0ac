from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputTemplateCompareTimeframesEnum(str, Enum):
    """One of: 30, 60, 7, 90.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    VALUE_0 = "30"
    VALUE_1 = "60"
    VALUE_2 = "7"
    VALUE_3 = "90"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappInputTemplateCompareTimeframesEnum | None:
        return missing_member(cls, value)
