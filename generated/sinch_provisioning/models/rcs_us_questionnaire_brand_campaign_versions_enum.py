from enum import StrEnum


class RcsUsQuestionnaireBrandCampaignVersionsEnum(StrEnum):
    NON_US_PRIVATE = "NON_US_PRIVATE"
    NON_US_PUBLIC = "NON_US_PUBLIC"
    US_PRIVATE = "US_PRIVATE"
    US_PUBLIC = "US_PUBLIC"

    def __str__(self) -> str:
        return str(self.value)
