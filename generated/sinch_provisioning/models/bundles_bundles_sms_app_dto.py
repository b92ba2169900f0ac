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
from ..models.bundles_provisioning_states_enum import BundlesProvisioningStatesEnum
from ..models.bundles_sms_app_regions_enum import BundlesSmsAppRegionsEnum

T = TypeVar("T", bound="BundlesBundlesSmsAppDto")


@_attrs_define
class BundlesBundlesSmsAppDto:
    """
    Attributes:
        id (str): required; JSON key id.
        sms_service_id (str): required; JSON key smsServiceId.
        name (str): required; JSON key name.
        status (BundlesProvisioningStatesEnum): required; JSON key status; one of: ACTIVE,
            BLOCKED, DELETED, DEPROVISIONING, DEPROVISIONING_FAILED, FAILED_ADD, FAILED_BLOCK,
            FAILED_DELETE, FAILED_UNBLOCK, FAILED_UPDATE, IN_PROGRESS_ADD, IN_PROGRESS_BLOCK,
            IN_PROGRESS_DELETE, IN_PROGRESS_UNBLOCK, IN_PROGRESS_UPDATE, PENDING_ADD, PENDING_BLOCK,
            PENDING_DELETE, PENDING_UNBLOCK, PENDING_UPDATE, PROVISIONING, PROVISIONING_ADD,
            PROVISIONING_ADD_FAILED, PROVISIONING_BLOCK, PROVISIONING_BLOCK_FAILED,
            PROVISIONING_FAILED, PROVISIONING_UNBLOCK, PROVISIONING_UNBLOCK_FAILED,
            PROVISIONING_UPDATE, PROVISIONING_UPDATE_FAILED, STATUS_UNSPECIFIED, UNRECOGNIZED.
        regions (list[BundlesSmsAppRegionsEnum]): required; JSON key regions; each item: one of:
            AU, BR, CA, EU, US, UNRECOGNIZED.
        test (bool): required; JSON key test.
        number_verified (bool): required; JSON key numberVerified.
    """

    id: str
    sms_service_id: str
    name: str
    status: BundlesProvisioningStatesEnum
    regions: list[BundlesSmsAppRegionsEnum]
    test: bool
    number_verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sms_service_id = self.sms_service_id

        name = self.name

        status = self.status.value

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.value
            regions.append(regions_item)

        test = self.test

        number_verified = self.number_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "smsServiceId": sms_service_id,
                "name": name,
                "status": status,
                "regions": regions,
                "test": test,
                "numberVerified": number_verified,
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
            sms_service_id = d.pop("smsServiceId", MISSING)
            if not isinstance(sms_service_id, str):
                raise mismatch("string", sms_service_id)

        except FieldMismatch as exc:
            raise exc.at("smsServiceId") from None

        try:
            name = d.pop("name", MISSING)
            if not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            status = parse_enum(BundlesProvisioningStatesEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            _regions = d.pop("regions", MISSING)
            if not isinstance(_regions, list):
                raise mismatch("array", _regions)
            regions = []
            try:
                for regions_item_data in _regions:
                    regions_item = parse_enum(
                        BundlesSmsAppRegionsEnum, regions_item_data
                    )

                    regions.append(regions_item)
            except FieldMismatch as exc:
                raise exc.at(len(regions)) from None

        except FieldMismatch as exc:
            raise exc.at("regions") from None

        try:
            test = d.pop("test", MISSING)
            if not type(test) is bool:
                raise mismatch("boolean", test)

        except FieldMismatch as exc:
            raise exc.at("test") from None

        try:
            number_verified = d.pop("numberVerified", MISSING)
            if not type(number_verified) is bool:
                raise mismatch("boolean", number_verified)

        except FieldMismatch as exc:
            raise exc.at("numberVerified") from None

        bundles_bundles_sms_app_dto = cls(
            id=id,
            sms_service_id=sms_service_id,
            name=name,
            status=status,
            regions=regions,
            test=test,
            number_verified=number_verified,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_bundles_sms_app_dto.additional_properties = d
        return bundles_bundles_sms_app_dto

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
BundlesBundlesSmsAppDto.__init__.__globals__.update(
    BundlesBundlesSmsAppDto=BundlesBundlesSmsAppDto,
)
