from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesBundleServicesStateEnum(str, Enum):
    DONE = "DONE"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BundlesBundleServicesStateEnum | None:
        return missing_member(cls, value)
