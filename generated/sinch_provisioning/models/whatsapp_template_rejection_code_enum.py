from enum import StrEnum


class WhatsappTemplateRejectionCodeEnum(StrEnum):
    ABUSIVE_CONTENT = "ABUSIVE_CONTENT"
    INCORRECT_CATEGORY = "INCORRECT_CATEGORY"
    INVALID_FORMAT = "INVALID_FORMAT"
    NONE = "NONE"
    SCAM = "SCAM"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
