from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSortDirectionsEnum(str, Enum):
    """One of: ASC, DESC.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSortDirectionsEnum | None:
        return missing_member(cls, value)
