from enum import StrEnum


class RcsConversationAppChannelIntegrationStatusEnum(StrEnum):
    ACTIVE = "ACTIVE"
    FAILING = "FAILING"
    PENDING = "PENDING"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
