from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient
from ..models.kakaotalk_template_subcategory_english_names_enum import (
    KakaotalkTemplateSubcategoryEnglishNamesEnum,
)
from ..models.kakaotalk_template_subcategory_names_enum import (
    KakaotalkTemplateSubcategoryNamesEnum,
)

T = TypeVar("T", bound="KakaotalkTemplateSubcategoryDto")


@_attrs_define
class KakaotalkTemplateSubcategoryDto:
    """
    Attributes:
        code (str): required; JSON key code.
        name (KakaotalkTemplateSubcategoryNamesEnum): required; JSON key name; one of:
            인증/비밀번호/로그인, 회원가입, 회원정보/회원혜택, 구매예약/입고알림, 구매완료, 구매취소, 상품가입, 진행상태, 예약상태, 예약알림/리마인드,
            예약완료/예약내역, 예약취소, 구매감사/이용확인, 리마인드, 방문서비스, 신청접수, 이용도구, 이용안내/공지, 처리완료, 피드백 요청, 거래알림, 계약/견적,
            뉴스레터, 안전/피해예방, 요금청구, 피드백, 배송상태, 배송실패, 배송예정, 배송완료, 개인정보, 수신동의, 약관변경, 휴면 관련, 내부 업무 알림,
            주문/예약, 쿠폰/포인트안내, 쿠폰발급, 쿠폰사용, 포인트사용, 포인트적립, 기타, UNRECOGNIZED.
        name_english (KakaotalkTemplateSubcategoryEnglishNamesEnum): required; JSON key
            nameEnglish; one of: Authentication/Password/Login, Join membership, Membership
            information/Member ship benefits, Pre-order/Stock alerts, Product subscription, Purchase
            cancellation, Purchase completed, Purchase status, Completed reservations/Reservation
            history, Notification/Reminder, Reservation cancellation, Reservation status, Application
            reception, Feedback request, Greeting message/Order confirmation,
            Information/Notification, Notification for treated demands, Reminder message, Tools for
            use, Visiting service, Billing, Contract/Quote, Feedback, Newsletter, Safety/Damage
            prevention, Transaction notification, Failed shipment, Shipping completed, Shipping
            estimation, Shipping status, Change of terms and conditions, Consent of reception, Dormant
            account related, Privacy, Internal business notification, Order/Reservation, Coupon
            issuance, Earn points, Information coupon/Points, Notification for coupon use, Use of
            points, Others, UNRECOGNIZED.
        group_name (str): required; JSON key groupName.
        inclusion (str): required; JSON key inclusion.
        exclusion (str): required; JSON key exclusion.
    """

    code: str
    name: KakaotalkTemplateSubcategoryNamesEnum
    name_english: KakaotalkTemplateSubcategoryEnglishNamesEnum
    group_name: str
    inclusion: str
    exclusion: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name.value

        name_english = self.name_english.value

        group_name = self.group_name

        inclusion = self.inclusion

        exclusion = self.exclusion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "nameEnglish": name_english,
                "groupName": group_name,
                "inclusion": inclusion,
                "exclusion": exclusion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            code = d.pop("code", MISSING)
            if not isinstance(code, str):
                raise mismatch("string", code)

        except FieldMismatch as exc:
            raise exc.at("code") from None

        try:
            name = parse_enum(
                KakaotalkTemplateSubcategoryNamesEnum, d.pop("name", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            name_english = parse_enum(
                KakaotalkTemplateSubcategoryEnglishNamesEnum,
                d.pop("nameEnglish", MISSING),
            )

        except FieldMismatch as exc:
            raise exc.at("nameEnglish") from None

        try:
            group_name = d.pop("groupName", MISSING)
            if not isinstance(group_name, str):
                raise mismatch("string", group_name)

        except FieldMismatch as exc:
            raise exc.at("groupName") from None

        try:
            inclusion = d.pop("inclusion", MISSING)
            if not isinstance(inclusion, str):
                raise mismatch("string", inclusion)

        except FieldMismatch as exc:
            raise exc.at("inclusion") from None

        try:
            exclusion = d.pop("exclusion", MISSING)
            if not isinstance(exclusion, str):
                raise mismatch("string", exclusion)

        except FieldMismatch as exc:
            raise exc.at("exclusion") from None

        kakaotalk_template_subcategory_dto = cls(
            code=code,
            name=name,
            name_english=name_english,
            group_name=group_name,
            inclusion=inclusion,
            exclusion=exclusion,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        kakaotalk_template_subcategory_dto.additional_properties = d
        return kakaotalk_template_subcategory_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
KakaotalkTemplateSubcategoryDto.__init__.__globals__.update(
    KakaotalkTemplateSubcategoryDto=KakaotalkTemplateSubcategoryDto,
)
