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
from ..models.bundles_http_status_code_enum import BundlesHttpStatusCodeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesWebhookDeliveryStatusDto")


@_attrs_define
class BundlesWebhookDeliveryStatusDto:
    """
    Attributes:
        webhook_id (str): required; JSON key webhookId.
        http_status_code (BundlesHttpStatusCodeEnum): required; JSON key httpStatusCode; one of:
            100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303,
            304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412,
            413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501,
            502, 503, 504, 505, 506, 507, 508, 510, 511.
        date (str): required; JSON key date.
        error_message (str | Unset): optional; JSON key errorMessage.
    """

    webhook_id: str
    http_status_code: BundlesHttpStatusCodeEnum
    date: str
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        http_status_code = self.http_status_code.value

        date = self.date

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookId": webhook_id,
                "httpStatusCode": http_status_code,
                "date": date,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            webhook_id = d.pop("webhookId", MISSING)
            if not isinstance(webhook_id, str):
                raise mismatch("string", webhook_id)

        except FieldMismatch as exc:
            raise exc.at("webhookId") from None

        try:
            http_status_code = parse_enum(
                BundlesHttpStatusCodeEnum, d.pop("httpStatusCode", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("httpStatusCode") from None

        try:
            date = d.pop("date", MISSING)
            if not isinstance(date, str):
                raise mismatch("string", date)

        except FieldMismatch as exc:
            raise exc.at("date") from None

        try:
            error_message = d.pop("errorMessage", UNSET)
            if error_message is not UNSET and not isinstance(error_message, str):
                raise mismatch("string", error_message)

        except FieldMismatch as exc:
            raise exc.at("errorMessage") from None

        bundles_webhook_delivery_status_dto = cls(
            webhook_id=webhook_id,
            http_status_code=http_status_code,
            date=date,
            error_message=error_message,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_webhook_delivery_status_dto.additional_properties = d
        return bundles_webhook_delivery_status_dto

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
BundlesWebhookDeliveryStatusDto.__init__.__globals__.update(
    BundlesWebhookDeliveryStatusDto=BundlesWebhookDeliveryStatusDto,
)
