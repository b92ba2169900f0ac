from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkTemplateSubcategoryEnglishNamesEnum(str, Enum):
    """One of: Application reception, Authentication/Password/Login, Billing, Change of terms and
    conditions, Completed reservations/Reservation history, Consent of reception, Contract/Quote,
    Coupon issuance, Dormant account related, Earn points, Failed shipment, Feedback, Feedback
    request, Greeting message/Order confirmation, Information/Notification, Information
    coupon/Points, Internal business notification, Join membership, Membership information/Member
    ship benefits, Newsletter, Notification/Reminder, Notification for coupon use, Notification for
    treated demands, Order/Reservation, Others, Pre-order/Stock alerts, Privacy, Product
    subscription, Purchase cancellation, Purchase completed, Purchase status, Reminder message,
    Reservation cancellation, Reservation status, Safety/Damage prevention, Shipping completed,
    Shipping estimation, Shipping status, Tools for use, Transaction notification, UNRECOGNIZED, Use
    of points, Visiting service.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    APPLICATION_RECEPTION = "Application reception"
    AUTHENTICATIONPASSWORDLOGIN = "Authentication/Password/Login"
    BILLING = "Billing"
    CHANGE_OF_TERMS_AND_CONDITIONS = "Change of terms and conditions"
    COMPLETED_RESERVATIONSRESERVATION_HISTORY = (
        "Completed reservations/Reservation history"
    )
    CONSENT_OF_RECEPTION = "Consent of reception"
    CONTRACTQUOTE = "Contract/Quote"
    COUPON_ISSUANCE = "Coupon issuance"
    DORMANT_ACCOUNT_RELATED = "Dormant account related"
    EARN_POINTS = "Earn points"
    FAILED_SHIPMENT = "Failed shipment"
    FEEDBACK = "Feedback"
    FEEDBACK_REQUEST = "Feedback request"
    GREETING_MESSAGEORDER_CONFIRMATION = "Greeting message/Order confirmation"
    INFORMATIONNOTIFICATION = "Information/Notification"
    INFORMATION_COUPONPOINTS = "Information coupon/Points"
    INTERNAL_BUSINESS_NOTIFICATION = "Internal business notification"
    JOIN_MEMBERSHIP = "Join membership"
    MEMBERSHIP_INFORMATIONMEMBER_SHIP_BENEFITS = (
        "Membership information/Member ship benefits"
    )
    NEWSLETTER = "Newsletter"
    NOTIFICATIONREMINDER = "Notification/Reminder"
    NOTIFICATION_FOR_COUPON_USE = "Notification for coupon use"
    NOTIFICATION_FOR_TREATED_DEMANDS = "Notification for treated demands"
    ORDERRESERVATION = "Order/Reservation"
    OTHERS = "Others"
    PRE_ORDERSTOCK_ALERTS = "Pre-order/Stock alerts"
    PRIVACY = "Privacy"
    PRODUCT_SUBSCRIPTION = "Product subscription"
    PURCHASE_CANCELLATION = "Purchase cancellation"
    PURCHASE_COMPLETED = "Purchase completed"
    PURCHASE_STATUS = "Purchase status"
    REMINDER_MESSAGE = "Reminder message"
    RESERVATION_CANCELLATION = "Reservation cancellation"
    RESERVATION_STATUS = "Reservation status"
    SAFETYDAMAGE_PREVENTION = "Safety/Damage prevention"
    SHIPPING_COMPLETED = "Shipping completed"
    SHIPPING_ESTIMATION = "Shipping estimation"
    SHIPPING_STATUS = "Shipping status"
    TOOLS_FOR_USE = "Tools for use"
    TRANSACTION_NOTIFICATION = "Transaction notification"
    UNRECOGNIZED = "UNRECOGNIZED"
    USE_OF_POINTS = "Use of points"
    VISITING_SERVICE = "Visiting service"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> KakaotalkTemplateSubcategoryEnglishNamesEnum | None:
        return missing_member(cls, value)
