from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesSubprojectStatusEnum(str, Enum):
    PENDING = "PENDING"
    READY = "READY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BundlesSubprojectStatusEnum | None:
        return missing_member(cls, value)
