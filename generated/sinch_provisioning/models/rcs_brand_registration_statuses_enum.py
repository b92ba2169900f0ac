from enum import StrEnum


class RcsBrandRegistrationStatusesEnum(StrEnum):
    ARCHIVED = "ARCHIVED"
    COMPLETED = "COMPLETED"
    DRAFT = "DRAFT"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
