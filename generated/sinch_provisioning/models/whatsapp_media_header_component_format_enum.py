from enum import StrEnum


class WhatsappMediaHeaderComponentFormatEnum(StrEnum):
    DOCUMENT = "DOCUMENT"
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
