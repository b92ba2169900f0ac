from enum import StrEnum


class RcsSenderStatesEnum(StrEnum):
    DRAFT = "DRAFT"
    IN_PROGRESS = "IN_PROGRESS"
    IN_TEST = "IN_TEST"
    LAUNCHED = "LAUNCHED"
    LAUNCHING = "LAUNCHING"
    PREPARING_LAUNCH = "PREPARING_LAUNCH"
    UNKNOWN = "UNKNOWN"
    UNLAUNCHED = "UNLAUNCHED"

    def __str__(self) -> str:
        return str(self.value)
