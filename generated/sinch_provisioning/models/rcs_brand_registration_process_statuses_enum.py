from enum import StrEnum


class RcsBrandRegistrationProcessStatusesEnum(StrEnum):
    ARCHIVED = "ARCHIVED"
    COMPLETED = "COMPLETED"
    INCOMPLETE = "INCOMPLETE"
    MANUAL_REVIEW = "MANUAL_REVIEW"
    NEW = "NEW"
    PENDING = "PENDING"
    PENDING_REVIEW = "PENDING_REVIEW"
    REJECTED = "REJECTED"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
