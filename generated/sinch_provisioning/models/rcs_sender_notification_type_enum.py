from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderNotificationTypeEnum(str, Enum):
    ACTIVE = "ACTIVE"
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"
    DELETED = "DELETED"
    EDITED = "EDITED"
    INACTIVE = "INACTIVE"
    TEST = "TEST"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderNotificationTypeEnum | None:
        return missing_member(cls, value)
