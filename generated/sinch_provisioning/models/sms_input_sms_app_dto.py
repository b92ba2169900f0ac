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
from ..models.sms_input_sms_app_regions_enum import SmsInputSmsAppRegionsEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInputSmsAppDto")


@_attrs_define
class SmsInputSmsAppDto:
    """
    Attributes:
        name (str): required; JSON key name; length 1-255.
        region (SmsInputSmsAppRegionsEnum): required; JSON key region; one of: BR, EU, US.
        test (bool | Unset): optional; JSON key test; deprecated; default false.
        conv_api_app (bool | Unset): optional; JSON key convApiApp.
        conv_api_app_id (str | Unset): optional; JSON key convApiAppId; length >= 1.
    """

    name: str
    region: SmsInputSmsAppRegionsEnum
    test: bool | Unset = False
    conv_api_app: bool | Unset = UNSET
    conv_api_app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region = self.region.value

        test = self.test

        conv_api_app = self.conv_api_app

        conv_api_app_id = self.conv_api_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "region": region,
            }
        )
        if test is not UNSET:
            field_dict["test"] = test
        if conv_api_app is not UNSET:
            field_dict["convApiApp"] = conv_api_app
        if conv_api_app_id is not UNSET:
            field_dict["convApiAppId"] = conv_api_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            region = parse_enum(SmsInputSmsAppRegionsEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            test = d.pop("test", UNSET)
            if test is not UNSET and not type(test) is bool:
                raise mismatch("boolean", test)

        except FieldMismatch as exc:
            raise exc.at("test") from None

        try:
            conv_api_app = d.pop("convApiApp", UNSET)
            if conv_api_app is not UNSET and not type(conv_api_app) is bool:
                raise mismatch("boolean", conv_api_app)

        except FieldMismatch as exc:
            raise exc.at("convApiApp") from None

        try:
            conv_api_app_id = d.pop("convApiAppId", UNSET)
            if conv_api_app_id is not UNSET and not isinstance(conv_api_app_id, str):
                raise mismatch("string", conv_api_app_id)

        except FieldMismatch as exc:
            raise exc.at("convApiAppId") from None

        sms_input_sms_app_dto = cls(
            name=name,
            region=region,
            test=test,
            conv_api_app=conv_api_app,
            conv_api_app_id=conv_api_app_id,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        sms_input_sms_app_dto.additional_properties = d
        return sms_input_sms_app_dto

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
SmsInputSmsAppDto.__init__.__globals__.update(
    SmsInputSmsAppDto=SmsInputSmsAppDto,
)
