from enum import StrEnum


class BundlesInputConversationAppConsentManagerSettingsModesEnum(StrEnum):
    DISABLED = "DISABLED"
    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"

    def __str__(self) -> str:
        return str(self.value)
