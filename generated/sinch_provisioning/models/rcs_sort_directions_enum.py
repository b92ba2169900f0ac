from __future__ import annotations

from enum import Enum

from .._enums import unknown_member


class RcsSortDirectionsEnum(str, Enum):
    ASC = "ASC"
    DESC = "DESC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSortDirectionsEnum | None:
        return unknown_member(cls, value)
