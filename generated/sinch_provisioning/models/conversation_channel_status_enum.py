from enum import StrEnum


class ConversationChannelStatusEnum(StrEnum):
    ACTIVE = "ACTIVE"
    ERROR = "ERROR"
    FAILING = "FAILING"
    PENDING = "PENDING"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
