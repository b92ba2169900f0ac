from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSortDirectionsEnum(str, Enum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSortDirectionsEnum | None:
        return missing_member(cls, value)
