from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderUseCasesEnum(str, Enum):
    """One of: MULTIUSE, OTP, PROMOTIONAL, TRANSACTIONAL.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    MULTIUSE = "MULTIUSE"
    OTP = "OTP"
    PROMOTIONAL = "PROMOTIONAL"
    TRANSACTIONAL = "TRANSACTIONAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderUseCasesEnum | None:
        return missing_member(cls, value)
