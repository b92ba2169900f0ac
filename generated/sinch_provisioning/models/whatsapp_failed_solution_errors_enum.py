from enum import StrEnum


class WhatsappFailedSolutionErrorsEnum(StrEnum):
    ACTIVATION_FAILED = "ACTIVATION_FAILED"
    CREATION_FAILED = "CREATION_FAILED"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
