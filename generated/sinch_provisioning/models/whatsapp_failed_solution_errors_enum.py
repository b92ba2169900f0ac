from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappFailedSolutionErrorsEnum(str, Enum):
    ACTIVATION_FAILED = "ACTIVATION_FAILED"
    CREATION_FAILED = "CREATION_FAILED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappFailedSolutionErrorsEnum | None:
        return missing_member(cls, value)
