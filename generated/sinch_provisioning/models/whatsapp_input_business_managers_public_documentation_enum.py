from enum import StrEnum


class WhatsappInputBusinessManagersPublicDocumentationEnum(StrEnum):
    SINCH_BR = "SINCH_BR"
    SINCH_MX = "SINCH_MX"
    SINCH_UK = "SINCH_UK"

    def __str__(self) -> str:
        return str(self.value)
