from enum import StrEnum


class RcsAccountNotificationTypeEnum(StrEnum):
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"

    def __str__(self) -> str:
        return str(self.value)
