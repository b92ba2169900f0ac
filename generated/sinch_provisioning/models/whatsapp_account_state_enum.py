from enum import StrEnum


class WhatsappAccountStateEnum(StrEnum):
    ONBOARDED = "ONBOARDED"
    PENDING_FACEBOOK_VERIFICATION = "PENDING_FACEBOOK_VERIFICATION"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
