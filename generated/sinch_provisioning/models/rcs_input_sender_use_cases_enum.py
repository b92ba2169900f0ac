from enum import StrEnum


class RcsInputSenderUseCasesEnum(StrEnum):
    MULTIUSE = "MULTIUSE"
    OTP = "OTP"
    PROMOTIONAL = "PROMOTIONAL"
    TRANSACTIONAL = "TRANSACTIONAL"

    def __str__(self) -> str:
        return str(self.value)
