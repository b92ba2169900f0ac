from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsUsQuestionnaireVersionsEnum(str, Enum):
    V1 = "v1"
    V2 = "v2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsUsQuestionnaireVersionsEnum | None:
        return missing_member(cls, value)
