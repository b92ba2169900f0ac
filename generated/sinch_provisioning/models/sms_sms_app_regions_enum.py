from enum import StrEnum


class SmsSmsAppRegionsEnum(StrEnum):
    AU = "AU"
    BR = "BR"
    CA = "CA"
    EU = "EU"
    UNRECOGNIZED = "UNRECOGNIZED"
    US = "US"

    def __str__(self) -> str:
        return str(self.value)
