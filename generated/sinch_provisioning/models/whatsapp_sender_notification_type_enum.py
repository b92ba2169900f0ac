from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappSenderNotificationTypeEnum(str, Enum):
    """One of: ACTIVE, COMMENT_ADDED, CREATED, DRAFT, EDITED, ERROR, INACTIVE, IN_PROGRESS, REGISTERED,
    REJECTED, VERIFIED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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

    @classmethod
    def _missing_(cls, value: object) -> WhatsappSenderNotificationTypeEnum | None:
        return missing_member(cls, value)
