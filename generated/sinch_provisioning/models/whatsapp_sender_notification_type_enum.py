from enum import StrEnum


class WhatsappSenderNotificationTypeEnum(StrEnum):
    ACTIVE = "ACTIVE"
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DRAFT = "DRAFT"
    EDITED = "EDITED"
    ERROR = "ERROR"
    INACTIVE = "INACTIVE"
    IN_PROGRESS = "IN_PROGRESS"
    REGISTERED = "REGISTERED"
    REJECTED = "REJECTED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
