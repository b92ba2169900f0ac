from enum import StrEnum


class KakaotalkSenderNotificationTypeEnum(StrEnum):
    ACTIVE = "ACTIVE"
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DRAFT = "DRAFT"
    EDITED = "EDITED"
    INACTIVE = "INACTIVE"
    IN_PROGRESS = "IN_PROGRESS"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
