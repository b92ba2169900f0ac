from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum(str, Enum):
    """One of: APPLICATION/PDF, IMAGE/JPEG, IMAGE/PNG, VIDEO/3GP, VIDEO/MP4.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    APPLICATIONPDF = "APPLICATION/PDF"
    IMAGEJPEG = "IMAGE/JPEG"
    IMAGEPNG = "IMAGE/PNG"
    VIDEO3GP = "VIDEO/3GP"
    VIDEOMP4 = "VIDEO/MP4"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum | None:
        return missing_member(cls, value)
