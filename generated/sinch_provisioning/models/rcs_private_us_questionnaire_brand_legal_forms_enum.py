from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsPrivateUsQuestionnaireBrandLegalFormsEnum(str, Enum):
    """One of: CORPORATION, LIMITED_LIABILITY_COMPANY, PARTNERSHIP, S_CORPORATION.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
