from enum import StrEnum


class WhatsappSenderRegistrationMethodEnum(StrEnum):
    SMS = "SMS"
    UNRECOGNIZED = "UNRECOGNIZED"
    VOICE = "VOICE"

    def __str__(self) -> str:
        return str(self.value)
