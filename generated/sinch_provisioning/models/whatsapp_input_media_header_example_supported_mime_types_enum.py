from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum(str, Enum):
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
