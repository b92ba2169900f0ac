from enum import StrEnum


class BundlesBundleServicesStateEnum(StrEnum):
    DONE = "DONE"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
