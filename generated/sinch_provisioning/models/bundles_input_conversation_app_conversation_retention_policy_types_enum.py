from enum import StrEnum


class BundlesInputConversationAppConversationRetentionPolicyTypesEnum(StrEnum):
    CONVERSATION_EXPIRE_POLICY = "CONVERSATION_EXPIRE_POLICY"
    MESSAGE_EXPIRE_POLICY = "MESSAGE_EXPIRE_POLICY"
    PERSIST_RETENTION_POLICY = "PERSIST_RETENTION_POLICY"

    def __str__(self) -> str:
        return str(self.value)
