from enum import StrEnum


class BundlesSubprojectStatusEnum(StrEnum):
    PENDING = "PENDING"
    READY = "READY"

    def __str__(self) -> str:
        return str(self.value)
