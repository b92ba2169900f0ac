from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsTestNumberStatesEnum(str, Enum):
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
