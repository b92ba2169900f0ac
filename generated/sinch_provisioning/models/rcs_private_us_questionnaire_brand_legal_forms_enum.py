from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsPrivateUsQuestionnaireBrandLegalFormsEnum(str, Enum):
    CORPORATION = "CORPORATION"
    LIMITED_LIABILITY_COMPANY = "LIMITED_LIABILITY_COMPANY"
    PARTNERSHIP = "PARTNERSHIP"
    S_CORPORATION = "S_CORPORATION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> RcsPrivateUsQuestionnaireBrandLegalFormsEnum | None:
        return missing_member(cls, value)
