from enum import StrEnum


class KakaotalkSenderStatesEnum(StrEnum):
    ACTIVE = "ACTIVE"
    BLOCKED = "BLOCKED"
    INACTIVE = "INACTIVE"
    SUSPENDED = "SUSPENDED"
    VERIFYING = "VERIFYING"

    def __str__(self) -> str:
        return str(self.value)
