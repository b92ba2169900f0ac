from __future__ import annotations

from enum import Enum

from .._enums import unknown_member


class BundlesConversationAppConsentManagerSettingsModesEnum(str, Enum):
    DISABLED = "DISABLED"
    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> BundlesConversationAppConsentManagerSettingsModesEnum | None:
        return unknown_member(cls, value)
