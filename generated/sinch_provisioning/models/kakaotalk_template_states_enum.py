from enum import StrEnum


class KakaotalkTemplateStatesEnum(StrEnum):
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
