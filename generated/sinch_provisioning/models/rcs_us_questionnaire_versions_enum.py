from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsUsQuestionnaireVersionsEnum(str, Enum):
    """One of: v1, v2.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    V1 = "v1"
    V2 = "v2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsUsQuestionnaireVersionsEnum | None:
        return missing_member(cls, value)
