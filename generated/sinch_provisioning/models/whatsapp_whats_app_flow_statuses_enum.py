from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappWhatsAppFlowStatusesEnum(str, Enum):
    """One of: FLOW_STATUS_DEPRECATED, FLOW_STATUS_DRAFT, FLOW_STATUS_PUBLISHED, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    FLOW_STATUS_DEPRECATED = "FLOW_STATUS_DEPRECATED"
    FLOW_STATUS_DRAFT = "FLOW_STATUS_DRAFT"
    FLOW_STATUS_PUBLISHED = "FLOW_STATUS_PUBLISHED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappWhatsAppFlowStatusesEnum | None:
        return missing_member(cls, value)
