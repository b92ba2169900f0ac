from enum import StrEnum


class WhatsappSenderNumberProviderTypeEnum(StrEnum):
    CUSTOMER = "CUSTOMER"
    SINCH = "SINCH"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
