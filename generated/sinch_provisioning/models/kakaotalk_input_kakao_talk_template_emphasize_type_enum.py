from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum(str, Enum):
    """One of: EMPHASIZE_TYPE_IMAGE, EMPHASIZE_TYPE_NONE, EMPHASIZE_TYPE_TEXT.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
