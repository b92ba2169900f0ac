from enum import StrEnum


class BundlesInputConversationAppProcessingModesEnum(StrEnum):
    CONVERSATION = "CONVERSATION"
    DISPATCH = "DISPATCH"

    def __str__(self) -> str:
        return str(self.value)
