from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkTemplateSubcategoryNamesEnum(str, Enum):
    """One of: UNRECOGNIZED, 개인정보, 거래알림, 계약/견적, 구매감사/이용확인, 구매예약/입고알림, 구매완료, 구매취소, 기타, 내부 업무 알림, 뉴스레터,
    리마인드, 방문서비스, 배송상태, 배송실패, 배송예정, 배송완료, 상품가입, 수신동의, 신청접수, 안전/피해예방, 약관변경, 예약상태, 예약알림/리마인드,
    예약완료/예약내역, 예약취소, 요금청구, 이용도구, 이용안내/공지, 인증/비밀번호/로그인, 주문/예약, 진행상태, 처리완료, 쿠폰발급, 쿠폰사용, 쿠폰/포인트안내,
    포인트사용, 포인트적립, 피드백, 피드백 요청, 회원가입, 회원정보/회원혜택, 휴면 관련.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    UNRECOGNIZED = "UNRECOGNIZED"
    개인정보 = "개인정보"
    거래알림 = "거래알림"
    계약견적 = "계약/견적"
    구매감사이용확인 = "구매감사/이용확인"
    구매예약입고알림 = "구매예약/입고알림"
    구매완료 = "구매완료"
    구매취소 = "구매취소"
    기타 = "기타"
    내부_업무_알림 = "내부 업무 알림"
    뉴스레터 = "뉴스레터"
    리마인드 = "리마인드"
    방문서비스 = "방문서비스"
    배송상태 = "배송상태"
    배송실패 = "배송실패"
    배송예정 = "배송예정"
    배송완료 = "배송완료"
    상품가입 = "상품가입"
    수신동의 = "수신동의"
    신청접수 = "신청접수"
    안전피해예방 = "안전/피해예방"
    약관변경 = "약관변경"
    예약상태 = "예약상태"
    예약알림리마인드 = "예약알림/리마인드"
    예약완료예약내역 = "예약완료/예약내역"
    예약취소 = "예약취소"
    요금청구 = "요금청구"
    이용도구 = "이용도구"
    이용안내공지 = "이용안내/공지"
    인증비밀번호로그인 = "인증/비밀번호/로그인"
    주문예약 = "주문/예약"
    진행상태 = "진행상태"
    처리완료 = "처리완료"
    쿠폰발급 = "쿠폰발급"
    쿠폰사용 = "쿠폰사용"
    쿠폰포인트안내 = "쿠폰/포인트안내"
    포인트사용 = "포인트사용"
    포인트적립 = "포인트적립"
    피드백 = "피드백"
    피드백_요청 = "피드백 요청"
    회원가입 = "회원가입"
    회원정보회원혜택 = "회원정보/회원혜택"
    휴면_관련 = "휴면 관련"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkTemplateSubcategoryNamesEnum | None:
        return missing_member(cls, value)
