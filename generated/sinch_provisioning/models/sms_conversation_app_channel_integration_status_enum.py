from enum import StrEnum


class SmsConversationAppChannelIntegrationStatusEnum(StrEnum):
    ACTIVE = "ACTIVE"
    FAILING = "FAILING"
    PENDING = "PENDING"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
