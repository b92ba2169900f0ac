from enum import StrEnum


class RcsSenderHostingRegionsEnum(StrEnum):
    ASIA_PACIFIC = "ASIA_PACIFIC"
    EUROPE = "EUROPE"
    NORTH_AMERICA = "NORTH_AMERICA"

    def __str__(self) -> str:
        return str(self.value)
