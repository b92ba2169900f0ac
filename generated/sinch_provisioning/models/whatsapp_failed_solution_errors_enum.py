from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappFailedSolutionErrorsEnum(str, Enum):
    """One of: ACTIVATION_FAILED, CREATION_FAILED, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ACTIVATION_FAILED = "ACTIVATION_FAILED"
    CREATION_FAILED = "CREATION_FAILED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappFailedSolutionErrorsEnum | None:
        return missing_member(cls, value)
