from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkSenderStatesEnum(str, Enum):
    """One of: ACTIVE, BLOCKED, INACTIVE, SUSPENDED, VERIFYING.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    INACTIVE = "INACTIVE"
    SUSPENDED = "SUSPENDED"
    VERIFYING = "VERIFYING"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkSenderStatesEnum | None:
        return missing_member(cls, value)
