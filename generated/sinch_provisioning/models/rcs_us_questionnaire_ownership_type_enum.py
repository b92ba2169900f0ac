from enum import StrEnum


class RcsUsQuestionnaireOwnershipTypeEnum(StrEnum):
    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"

    def __str__(self) -> str:
        return str(self.value)
