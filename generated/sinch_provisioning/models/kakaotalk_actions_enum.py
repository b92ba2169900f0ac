from enum import StrEnum


class KakaotalkActionsEnum(StrEnum):
    DRAFT = "DRAFT"
    SUBMIT = "SUBMIT"

    def __str__(self) -> str:
        return str(self.value)
