from enum import StrEnum


class WhatsappTemplateNotificationTypeEnum(StrEnum):
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DRAFT = "DRAFT"
    EDITED = "EDITED"
    IN_PROGRESS = "IN_PROGRESS"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
