from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class KakaotalkTemplateCategoryNamesEnum(str, Enum):
    """One of: UNRECOGNIZED, 구매, 기타, 리포팅, 배송, 법적고지, 서비스이용, 업무알림, 예약, 쿠폰/포인트, 회원.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    UNRECOGNIZED = "UNRECOGNIZED"
    구매 = "구매"
    기타 = "기타"
    리포팅 = "리포팅"
    배송 = "배송"
    법적고지 = "법적고지"
    서비스이용 = "서비스이용"
    업무알림 = "업무알림"
    예약 = "예약"
    쿠폰포인트 = "쿠폰/포인트"
    회원 = "회원"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KakaotalkTemplateCategoryNamesEnum | None:
        return missing_member(cls, value)
