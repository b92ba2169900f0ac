from enum import StrEnum


class RcsPrivateUsQuestionnaireBrandLegalFormsEnum(StrEnum):
    CORPORATION = "CORPORATION"
    LIMITED_LIABILITY_COMPANY = "LIMITED_LIABILITY_COMPANY"
    PARTNERSHIP = "PARTNERSHIP"
    S_CORPORATION = "S_CORPORATION"

    def __str__(self) -> str:
        return str(self.value)
