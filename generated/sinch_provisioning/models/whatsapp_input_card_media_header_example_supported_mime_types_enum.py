from enum import StrEnum


class WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum(StrEnum):
    IMAGEJPEG = "IMAGE/JPEG"
    IMAGEPNG = "IMAGE/PNG"
    VIDEO3GP = "VIDEO/3GP"
    VIDEOMP4 = "VIDEO/MP4"

    def __str__(self) -> str:
        return str(self.value)
