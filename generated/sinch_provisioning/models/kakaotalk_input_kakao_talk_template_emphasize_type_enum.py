from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum(str, Enum):
    EMPHASIZE_TYPE_IMAGE = "EMPHASIZE_TYPE_IMAGE"
    EMPHASIZE_TYPE_NONE = "EMPHASIZE_TYPE_NONE"
    EMPHASIZE_TYPE_TEXT = "EMPHASIZE_TYPE_TEXT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum | None:
        return missing_member(cls, value)
