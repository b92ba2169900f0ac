from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class BundlesInputConversationAppConversationRetentionPolicyTypesEnum(str, Enum):
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
