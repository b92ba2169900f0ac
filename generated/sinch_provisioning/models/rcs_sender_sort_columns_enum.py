from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderSortColumnsEnum(str, Enum):
    CREATED = "CREATED"
    MODIFIED = "MODIFIED"
    NAME = "NAME"
    STATE = "STATE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderSortColumnsEnum | None:
        return missing_member(cls, value)
