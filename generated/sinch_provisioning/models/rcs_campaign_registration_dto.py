from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    unknown_field,
)
from .._enums import is_lenient

T = TypeVar("T", bound="RcsCampaignRegistrationDto")


@_attrs_define
class RcsCampaignRegistrationDto:
    """
    Attributes:
        id (str): required; JSON key id.
        campaign_name (str): required; JSON key campaignName.
        request_id (str): required; JSON key requestId.
    """

    id: str
    campaign_name: str
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_name = self.campaign_name

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaignName": campaign_name,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            id = d.pop("id", MISSING)
            if not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            campaign_name = d.pop("campaignName", MISSING)
            if not isinstance(campaign_name, str):
                raise mismatch("string", campaign_name)

        except FieldMismatch as exc:
            raise exc.at("campaignName") from None

        try:
            request_id = d.pop("requestId", MISSING)
            if not isinstance(request_id, str):
                raise mismatch("string", request_id)

        except FieldMismatch as exc:
            raise exc.at("requestId") from None

        rcs_campaign_registration_dto = cls(
            id=id,
            campaign_name=campaign_name,
            request_id=request_id,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_campaign_registration_dto.additional_properties = d
        return rcs_campaign_registration_dto

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
RcsCampaignRegistrationDto.__init__.__globals__.update(
    RcsCampaignRegistrationDto=RcsCampaignRegistrationDto,
)
