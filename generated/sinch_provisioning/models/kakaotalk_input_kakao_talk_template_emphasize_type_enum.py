from enum import StrEnum


class KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum(StrEnum):
    EMPHASIZE_TYPE_IMAGE = "EMPHASIZE_TYPE_IMAGE"
    EMPHASIZE_TYPE_NONE = "EMPHASIZE_TYPE_NONE"
    EMPHASIZE_TYPE_TEXT = "EMPHASIZE_TYPE_TEXT"

    def __str__(self) -> str:
        return str(self.value)
