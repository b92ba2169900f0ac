from enum import StrEnum


class WhatsappAccountChangeStateEnum(StrEnum):
    DRAFT = "DRAFT"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING_FACEBOOK_VERIFICATION = "PENDING_FACEBOOK_VERIFICATION"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
