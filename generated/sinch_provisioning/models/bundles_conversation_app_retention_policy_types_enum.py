from enum import StrEnum


class BundlesConversationAppRetentionPolicyTypesEnum(StrEnum):
    CONVERSATION_EXPIRE_POLICY = "CONVERSATION_EXPIRE_POLICY"
    MESSAGE_EXPIRE_POLICY = "MESSAGE_EXPIRE_POLICY"
    PERSIST_RETENTION_POLICY = "PERSIST_RETENTION_POLICY"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
