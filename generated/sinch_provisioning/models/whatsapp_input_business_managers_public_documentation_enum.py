from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputBusinessManagersPublicDocumentationEnum(str, Enum):
    """One of: SINCH_BR, SINCH_MX, SINCH_UK.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
