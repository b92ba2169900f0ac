from enum import StrEnum


class WhatsappSenderInputNumberProviderTypeEnum(StrEnum):
    CUSTOMER = "CUSTOMER"
    SINCH = "SINCH"

    def __str__(self) -> str:
        return str(self.value)
