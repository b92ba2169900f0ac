from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsInputSenderRegionsEnum(str, Enum):
    """One of: BR, EU, US.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    BR = "BR"
    EU = "EU"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsInputSenderRegionsEnum | None:
        return missing_member(cls, value)
