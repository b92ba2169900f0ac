from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsBrandRegistrationProcessStatusesEnum(str, Enum):
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
