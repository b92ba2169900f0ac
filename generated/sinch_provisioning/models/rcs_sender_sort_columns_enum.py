from enum import StrEnum


class RcsSenderSortColumnsEnum(StrEnum):
    CREATED = "CREATED"
    MODIFIED = "MODIFIED"
    NAME = "NAME"
    STATE = "STATE"

    def __str__(self) -> str:
        return str(self.value)
