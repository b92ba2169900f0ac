from enum import StrEnum


class WhatsappCardHeaderComponentFormatsEnum(StrEnum):
    IMAGE = "IMAGE"
    VIDEO = "VIDEO"

    def __str__(self) -> str:
        return str(self.value)
