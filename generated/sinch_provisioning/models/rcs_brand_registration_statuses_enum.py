from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsBrandRegistrationStatusesEnum(str, Enum):
    """One of: ARCHIVED, COMPLETED, DRAFT, UNRECOGNIZED, UNSPECIFIED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ARCHIVED = "ARCHIVED"
    COMPLETED = "COMPLETED"
    DRAFT = "DRAFT"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsBrandRegistrationStatusesEnum | None:
        return missing_member(cls, value)
