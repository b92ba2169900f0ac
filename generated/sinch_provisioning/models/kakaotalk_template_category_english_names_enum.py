from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkTemplateCategoryEnglishNamesEnum(str, Enum):
    """One of: Business notification, Coupon/Points, Customer service, Legal notification, Membership,
    Others, Purchase, Reports, Reservation, Shipping, UNRECOGNIZED.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    BUSINESS_NOTIFICATION = "Business notification"
    COUPONPOINTS = "Coupon/Points"
    CUSTOMER_SERVICE = "Customer service"
    LEGAL_NOTIFICATION = "Legal notification"
    MEMBERSHIP = "Membership"
    OTHERS = "Others"
    PURCHASE = "Purchase"
    REPORTS = "Reports"
    RESERVATION = "Reservation"
    SHIPPING = "Shipping"
    UNRECOGNIZED = "UNRECOGNIZED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> KakaotalkTemplateCategoryEnglishNamesEnum | None:
        return missing_member(cls, value)
