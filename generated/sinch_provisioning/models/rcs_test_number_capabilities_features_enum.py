from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsTestNumberCapabilitiesFeaturesEnum(str, Enum):
    """One of: ACTION_COMPOSE, ACTION_CREATE_CALENDAR_EVENT, ACTION_DIAL, ACTION_OPEN_URL,
    ACTION_OPEN_URL_IN_WEBVIEW, ACTION_SHARE_LOCATION, ACTION_VIEW_LOCATION, FEATURE_UNSPECIFIED,
    REVOCATION, RICHCARD_CAROUSEL, RICHCARD_STANDALONE, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ACTION_COMPOSE = "ACTION_COMPOSE"
    ACTION_CREATE_CALENDAR_EVENT = "ACTION_CREATE_CALENDAR_EVENT"
    ACTION_DIAL = "ACTION_DIAL"
    ACTION_OPEN_URL = "ACTION_OPEN_URL"
    ACTION_OPEN_URL_IN_WEBVIEW = "ACTION_OPEN_URL_IN_WEBVIEW"
    ACTION_SHARE_LOCATION = "ACTION_SHARE_LOCATION"
    ACTION_VIEW_LOCATION = "ACTION_VIEW_LOCATION"
    FEATURE_UNSPECIFIED = "FEATURE_UNSPECIFIED"
    REVOCATION = "REVOCATION"
    RICHCARD_CAROUSEL = "RICHCARD_CAROUSEL"
    RICHCARD_STANDALONE = "RICHCARD_STANDALONE"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsTestNumberCapabilitiesFeaturesEnum | None:
        return missing_member(cls, value)
