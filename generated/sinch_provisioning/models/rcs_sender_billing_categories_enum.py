from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderBillingCategoriesEnum(str, Enum):
    BASIC_MESSAGE = "BASIC_MESSAGE"
    CONVERSATIONAL = "CONVERSATIONAL"
    CONVERSATIONAL_LEGACY = "CONVERSATIONAL_LEGACY"
    NON_CONVERSATIONAL = "NON_CONVERSATIONAL"
    SINGLE_MESSAGE = "SINGLE_MESSAGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsSenderBillingCategoriesEnum | None:
        return missing_member(cls, value)
