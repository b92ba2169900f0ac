from enum import StrEnum


class KakaotalkTemplateCategoryEnglishNamesEnum(StrEnum):
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
