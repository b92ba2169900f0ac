from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsTestNumberStatesEnum(str, Enum):
    """One of: DECLINED, EXPIRED, FAILED, INVALID, PENDING, REJECTED, UNRECOGNIZED, UNVERIFIED,
    VERIFIED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DECLINED = "DECLINED"
    EXPIRED = "EXPIRED"
    FAILED = "FAILED"
    INVALID = "INVALID"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsTestNumberStatesEnum | None:
        return missing_member(cls, value)
