from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesInputConversationAppConversationRetentionPolicyTypesEnum(str, Enum):
    """One of: CONVERSATION_EXPIRE_POLICY, MESSAGE_EXPIRE_POLICY, PERSIST_RETENTION_POLICY.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    CONVERSATION_EXPIRE_POLICY = "CONVERSATION_EXPIRE_POLICY"
    MESSAGE_EXPIRE_POLICY = "MESSAGE_EXPIRE_POLICY"
    PERSIST_RETENTION_POLICY = "PERSIST_RETENTION_POLICY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> BundlesInputConversationAppConversationRetentionPolicyTypesEnum | None:
        return missing_member(cls, value)
