from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsBrandRegistrationProcessStatusesEnum(str, Enum):
    """One of: ARCHIVED, COMPLETED, INCOMPLETE, MANUAL_REVIEW, NEW, PENDING, PENDING_REVIEW, REJECTED,
    UNRECOGNIZED, UNSPECIFIED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ARCHIVED = "ARCHIVED"
    COMPLETED = "COMPLETED"
    INCOMPLETE = "INCOMPLETE"
    MANUAL_REVIEW = "MANUAL_REVIEW"
    NEW = "NEW"
    PENDING = "PENDING"
    PENDING_REVIEW = "PENDING_REVIEW"
    REJECTED = "REJECTED"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsBrandRegistrationProcessStatusesEnum | None:
        return missing_member(cls, value)
