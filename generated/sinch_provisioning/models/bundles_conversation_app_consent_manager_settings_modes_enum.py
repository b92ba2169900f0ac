from enum import StrEnum


class BundlesConversationAppConsentManagerSettingsModesEnum(StrEnum):
    DISABLED = "DISABLED"
    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
