from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsInputSenderUseCasesEnum(str, Enum):
    MULTIUSE = "MULTIUSE"
    OTP = "OTP"
    PROMOTIONAL = "PROMOTIONAL"
    TRANSACTIONAL = "TRANSACTIONAL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsInputSenderUseCasesEnum | None:
        return missing_member(cls, value)
