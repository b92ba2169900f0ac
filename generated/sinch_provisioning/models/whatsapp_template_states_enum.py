from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateStatesEnum(str, Enum):
    APPROVED = "APPROVED"
    DISABLED = "DISABLED"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateStatesEnum | None:
        return missing_member(cls, value)
