from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappAccountNotificationTypeEnum(str, Enum):
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DRAFT = "DRAFT"
    EDITED = "EDITED"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_FACEBOOK_VERIFICATION = "PENDING_FACEBOOK_VERIFICATION"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappAccountNotificationTypeEnum | None:
        return missing_member(cls, value)
