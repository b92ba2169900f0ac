from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkActionsEnum(str, Enum):
    DRAFT = "DRAFT"
    SUBMIT = "SUBMIT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkActionsEnum | None:
        return missing_member(cls, value)
