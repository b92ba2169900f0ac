from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkSenderNotificationTypeEnum(str, Enum):
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

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkSenderNotificationTypeEnum | None:
        return missing_member(cls, value)
