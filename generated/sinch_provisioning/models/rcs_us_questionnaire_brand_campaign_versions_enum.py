from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsUsQuestionnaireBrandCampaignVersionsEnum(str, Enum):
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
