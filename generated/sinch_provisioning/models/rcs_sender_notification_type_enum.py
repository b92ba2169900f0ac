from enum import StrEnum


class RcsSenderNotificationTypeEnum(StrEnum):
    ACTIVE = "ACTIVE"
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DELETED = "DELETED"
    EDITED = "EDITED"
    INACTIVE = "INACTIVE"
    TEST = "TEST"

    def __str__(self) -> str:
        return str(self.value)
