from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderStatesEnum(str, Enum):
    """One of: DRAFT, IN_PROGRESS, IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNKNOWN, UNLAUNCHED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DRAFT = "DRAFT"
    IN_PROGRESS = "IN_PROGRESS"
    IN_TEST = "IN_TEST"
    LAUNCHED = "LAUNCHED"
    LAUNCHING = "LAUNCHING"
    PREPARING_LAUNCH = "PREPARING_LAUNCH"
    UNKNOWN = "UNKNOWN"
    UNLAUNCHED = "UNLAUNCHED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderStatesEnum | None:
        return missing_member(cls, value)
