from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderHostingRegionsEnum(str, Enum):
    """One of: ASIA_PACIFIC, EUROPE, NORTH_AMERICA.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ASIA_PACIFIC = "ASIA_PACIFIC"
    EUROPE = "EUROPE"
    NORTH_AMERICA = "NORTH_AMERICA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderHostingRegionsEnum | None:
        return missing_member(cls, value)
