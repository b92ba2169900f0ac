from enum import StrEnum


class BundlesConversationAppProcessingModesEnum(StrEnum):
    CONVERSATION = "CONVERSATION"
    DISPATCH = "DISPATCH"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
