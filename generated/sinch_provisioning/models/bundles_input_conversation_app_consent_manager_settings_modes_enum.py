from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesInputConversationAppConsentManagerSettingsModesEnum(str, Enum):
    """One of: DISABLED, PRIMARY, SECONDARY.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    DISABLED = "DISABLED"
    PRIMARY = "PRIMARY"
    SECONDARY = "SECONDARY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> BundlesInputConversationAppConsentManagerSettingsModesEnum | None:
        return missing_member(cls, value)
