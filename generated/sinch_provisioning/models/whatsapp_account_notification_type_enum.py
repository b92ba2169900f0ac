from enum import StrEnum


class WhatsappAccountNotificationTypeEnum(StrEnum):
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DRAFT = "DRAFT"
    EDITED = "EDITED"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_FACEBOOK_VERIFICATION = "PENDING_FACEBOOK_VERIFICATION"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
