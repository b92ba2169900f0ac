from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappInputAccountWhatsAppVerticalsEnum(str, Enum):
    """One of: ALCOHOL, AUTOMOTIVE, BEAUTY_SPA_SALON, CLOTHING_AND_APPAREL, EDUCATION, ENTERTAINMENT,
    EVENT_PLANNING_AND_SERVICE, FINANCE_AND_BANKING, FOOD_AND_GROCERY, HOTEL_AND_LODGING,
    MEDICAL_AND_HEALTH, NON_PROFIT, OTC_DRUGS, OTHER, PHYSICAL_GAMBLING, PROFESSIONAL_SERVICES,
    PUBLIC_SERVICE, RESTAURANT, SHOPPING_AND_RETAIL, TRAVEL_AND_TRANSPORTATION.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ALCOHOL = "ALCOHOL"
    AUTOMOTIVE = "AUTOMOTIVE"
    BEAUTY_SPA_SALON = "BEAUTY_SPA_SALON"
    CLOTHING_AND_APPAREL = "CLOTHING_AND_APPAREL"
    EDUCATION = "EDUCATION"
    ENTERTAINMENT = "ENTERTAINMENT"
    EVENT_PLANNING_AND_SERVICE = "EVENT_PLANNING_AND_SERVICE"
    FINANCE_AND_BANKING = "FINANCE_AND_BANKING"
    FOOD_AND_GROCERY = "FOOD_AND_GROCERY"
    HOTEL_AND_LODGING = "HOTEL_AND_LODGING"
    MEDICAL_AND_HEALTH = "MEDICAL_AND_HEALTH"
    NON_PROFIT = "NON_PROFIT"
    OTC_DRUGS = "OTC_DRUGS"
    OTHER = "OTHER"
    PHYSICAL_GAMBLING = "PHYSICAL_GAMBLING"
    PROFESSIONAL_SERVICES = "PROFESSIONAL_SERVICES"
    PUBLIC_SERVICE = "PUBLIC_SERVICE"
    RESTAURANT = "RESTAURANT"
    SHOPPING_AND_RETAIL = "SHOPPING_AND_RETAIL"
    TRAVEL_AND_TRANSPORTATION = "TRAVEL_AND_TRANSPORTATION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> WhatsappInputAccountWhatsAppVerticalsEnum | None:
        return missing_member(cls, value)
