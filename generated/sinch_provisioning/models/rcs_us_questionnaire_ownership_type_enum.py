from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsUsQuestionnaireOwnershipTypeEnum(str, Enum):
    """One of: PRIVATE, PUBLIC.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsUsQuestionnaireOwnershipTypeEnum | None:
        return missing_member(cls, value)
