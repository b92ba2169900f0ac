from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkTemplateStatesEnum(str, Enum):
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkTemplateStatesEnum | None:
        return missing_member(cls, value)
