from enum import StrEnum


class RcsInputSenderBillingCategoriesEnum(StrEnum):
    BASIC_MESSAGE = "BASIC_MESSAGE"
    CONVERSATIONAL = "CONVERSATIONAL"
    CONVERSATIONAL_LEGACY = "CONVERSATIONAL_LEGACY"
    NON_CONVERSATIONAL = "NON_CONVERSATIONAL"
    SINGLE_MESSAGE = "SINGLE_MESSAGE"

    def __str__(self) -> str:
        return str(self.value)
