from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesConversationAppConsentManagerSettingsModesEnum(str, Enum):
    """One of: DISABLED, PRIMARY, SECONDARY, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DISABLED = "DISABLED"
    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> BundlesConversationAppConsentManagerSettingsModesEnum | None:
        return missing_member(cls, value)
