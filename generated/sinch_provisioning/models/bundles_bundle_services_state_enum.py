from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesBundleServicesStateEnum(str, Enum):
    """One of: DONE, FAILED, IN_PROGRESS.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DONE = "DONE"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BundlesBundleServicesStateEnum | None:
        return missing_member(cls, value)
