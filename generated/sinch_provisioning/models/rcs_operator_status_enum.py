from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsOperatorStatusEnum(str, Enum):
    """One of: INVALID_IN_GOOGLE_MY_BUSINESS, LAUNCHED, NOT_LAUNCHED, PENDING, PENDING_UNLAUNCHED,
    REJECTED, SUSPENDED, UNLAUNCHED, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    INVALID_IN_GOOGLE_MY_BUSINESS = "INVALID_IN_GOOGLE_MY_BUSINESS"
    LAUNCHED = "LAUNCHED"
    NOT_LAUNCHED = "NOT_LAUNCHED"
    PENDING = "PENDING"
    PENDING_UNLAUNCHED = "PENDING_UNLAUNCHED"
    REJECTED = "REJECTED"
    SUSPENDED = "SUSPENDED"
    UNLAUNCHED = "UNLAUNCHED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsOperatorStatusEnum | None:
        return missing_member(cls, value)
