from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderUseCasesEnum(str, Enum):
    MULTIUSE = "MULTIUSE"
    OTP = "OTP"
    PROMOTIONAL = "PROMOTIONAL"
    TRANSACTIONAL = "TRANSACTIONAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderUseCasesEnum | None:
        return missing_member(cls, value)
