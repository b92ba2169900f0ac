from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsSenderBillingCategoriesEnum(str, Enum):
    """One of: BASIC_MESSAGE, CONVERSATIONAL, CONVERSATIONAL_LEGACY, NON_CONVERSATIONAL,
    SINGLE_MESSAGE.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

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
