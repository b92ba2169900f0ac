from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappWhatsAppFlowStatusesEnum(str, Enum):
    FLOW_STATUS_DEPRECATED = "FLOW_STATUS_DEPRECATED"
    FLOW_STATUS_DRAFT = "FLOW_STATUS_DRAFT"
    FLOW_STATUS_PUBLISHED = "FLOW_STATUS_PUBLISHED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappWhatsAppFlowStatusesEnum | None:
        return missing_member(cls, value)
