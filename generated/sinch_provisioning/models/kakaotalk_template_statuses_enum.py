from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkTemplateStatusesEnum(str, Enum):
    """One of: DRAFT, IN_PROGRESS, REJECTED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DRAFT = "DRAFT"
    IN_PROGRESS = "IN_PROGRESS"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkTemplateStatusesEnum | None:
        return missing_member(cls, value)
