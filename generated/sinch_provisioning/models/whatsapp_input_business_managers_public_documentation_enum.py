from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputBusinessManagersPublicDocumentationEnum(str, Enum):
    SINCH_BR = "SINCH_BR"
    SINCH_MX = "SINCH_MX"
    SINCH_UK = "SINCH_UK"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappInputBusinessManagersPublicDocumentationEnum | None:
        return missing_member(cls, value)
