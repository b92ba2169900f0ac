from enum import StrEnum


class WhatsappWhatsAppFlowStatusesEnum(StrEnum):
    FLOW_STATUS_DEPRECATED = "FLOW_STATUS_DEPRECATED"
    FLOW_STATUS_DRAFT = "FLOW_STATUS_DRAFT"
    FLOW_STATUS_PUBLISHED = "FLOW_STATUS_PUBLISHED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
