from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsAccountNotificationTypeEnum(str, Enum):
    COMMENT_ADDED = "COMMENT_ADDED"
    CREATED = "CREATED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsAccountNotificationTypeEnum | None:
        return missing_member(cls, value)
