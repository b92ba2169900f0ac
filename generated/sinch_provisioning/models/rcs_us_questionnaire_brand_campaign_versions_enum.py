from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsUsQuestionnaireBrandCampaignVersionsEnum(str, Enum):
    """One of: NON_US_PRIVATE, NON_US_PUBLIC, US_PRIVATE, US_PUBLIC.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    NON_US_PRIVATE = "NON_US_PRIVATE"
    NON_US_PUBLIC = "NON_US_PUBLIC"
    US_PRIVATE = "US_PRIVATE"
    US_PUBLIC = "US_PUBLIC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> RcsUsQuestionnaireBrandCampaignVersionsEnum | None:
        return missing_member(cls, value)
