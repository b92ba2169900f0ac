from enum import StrEnum


class SmsInputSmsAppRegionsEnum(StrEnum):
    BR = "BR"
    EU = "EU"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
