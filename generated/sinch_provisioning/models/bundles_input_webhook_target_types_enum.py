from enum import StrEnum


class BundlesInputWebhookTargetTypesEnum(StrEnum):
    DISMISS = "DISMISS"
    GRPC = "GRPC"
    HTTP = "HTTP"

    def __str__(self) -> str:
        return str(self.value)
