from enum import StrEnum


class WhatsappWabaBanStatesEnum(StrEnum):
    DISABLE = "DISABLE"
    REINSTATE = "REINSTATE"
    SCHEDULE_FOR_DISABLE = "SCHEDULE_FOR_DISABLE"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)
