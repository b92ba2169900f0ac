from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesInputConversationAppProcessingModesEnum(str, Enum):
    CONVERSATION = "CONVERSATION"
    DISPATCH = "DISPATCH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> BundlesInputConversationAppProcessingModesEnum | None:
        return missing_member(cls, value)
