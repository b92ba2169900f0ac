from enum import StrEnum


class RcsSenderUseCasesEnum(StrEnum):
    MULTIUSE = "MULTIUSE"
    OTP = "OTP"
    PROMOTIONAL = "PROMOTIONAL"
    TRANSACTIONAL = "TRANSACTIONAL"

    def __str__(self) -> str:
        return str(self.value)
