from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderInputNumberProviderTypeEnum(str, Enum):
    """One of: CUSTOMER, SINCH.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    CUSTOMER = "CUSTOMER"
    SINCH = "SINCH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappSenderInputNumberProviderTypeEnum | None:
        return missing_member(cls, value)
