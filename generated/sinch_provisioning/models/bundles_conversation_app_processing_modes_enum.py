from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesConversationAppProcessingModesEnum(str, Enum):
    """One of: CONVERSATION, DISPATCH, UNRECOGNIZED, UNSPECIFIED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    CONVERSATION = "CONVERSATION"
    DISPATCH = "DISPATCH"
    UNRECOGNIZED = "UNRECOGNIZED"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> BundlesConversationAppProcessingModesEnum | None:
        return missing_member(cls, value)
