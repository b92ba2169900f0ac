from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappWabaBanStatesEnum(str, Enum):
    """One of: DISABLE, REINSTATE, SCHEDULE_FOR_DISABLE, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DISABLE = "DISABLE"
    REINSTATE = "REINSTATE"
    SCHEDULE_FOR_DISABLE = "SCHEDULE_FOR_DISABLE"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappWabaBanStatesEnum | None:
        return missing_member(cls, value)
