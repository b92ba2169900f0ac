from enum import StrEnum


class KakaotalkKakaoTalkTemplateEmphasizeTypeEnum(StrEnum):
    EMPHASIZE_TYPE_IMAGE = "EMPHASIZE_TYPE_IMAGE"
    EMPHASIZE_TYPE_NONE = "EMPHASIZE_TYPE_NONE"
    EMPHASIZE_TYPE_TEXT = "EMPHASIZE_TYPE_TEXT"
    EMPHASIZE_TYPE_UNSPECIFIED = "EMPHASIZE_TYPE_UNSPECIFIED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
