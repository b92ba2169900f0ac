from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsConversationAppChannelIntegrationStatusEnum(str, Enum):
    ACTIVE = "ACTIVE"
    FAILING = "FAILING"
    PENDING = "PENDING"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> RcsConversationAppChannelIntegrationStatusEnum | None:
        return missing_member(cls, value)
