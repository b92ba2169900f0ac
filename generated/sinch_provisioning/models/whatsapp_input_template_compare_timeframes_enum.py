from enum import StrEnum


class WhatsappInputTemplateCompareTimeframesEnum(StrEnum):
    VALUE_0 = "30"
    VALUE_1 = "60"
    VALUE_2 = "7"
    VALUE_3 = "90"

    def __str__(self) -> str:
        return str(self.value)
