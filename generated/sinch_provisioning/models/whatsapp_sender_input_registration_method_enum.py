from enum import StrEnum


class WhatsappSenderInputRegistrationMethodEnum(StrEnum):
    SMS = "SMS"
    VOICE = "VOICE"

    def __str__(self) -> str:
        return str(self.value)
