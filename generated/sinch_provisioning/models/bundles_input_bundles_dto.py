from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundles_bundles_input_region_enum import BundlesBundlesInputRegionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesInputBundlesDto")


@_attrs_define
class BundlesInputBundlesDto:
    """
    Attributes:
        region (BundlesBundlesInputRegionEnum): required; JSON key region; one of: BR, EU, US.
        name (str | Unset): optional; JSON key name; length 1-255.
        subproject (bool | BundlesSubprojectInputDto | Unset): optional; JSON key subproject.
        sms_app (bool | BundlesInputBundlesSmsAppDto | Unset): optional; JSON key smsApp.
        conv_app (bool | BundlesConversationAppInputDto | Unset): optional; JSON key convApp.
        webhooks (list[BundlesWebhookInputDto] | Unset): optional; JSON key webhooks; items 1-15;
            unique items.
    """

    region: BundlesBundlesInputRegionEnum
    name: str | Unset = UNSET
    subproject: bool | BundlesSubprojectInputDto | Unset = UNSET
    sms_app: bool | BundlesInputBundlesSmsAppDto | Unset = UNSET
    conv_app: bool | BundlesConversationAppInputDto | Unset = UNSET
    webhooks: list[BundlesWebhookInputDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundles_conversation_app_input_dto import (
            BundlesConversationAppInputDto,
        )
        from ..models.bundles_input_bundles_sms_app_dto import (
            BundlesInputBundlesSmsAppDto,
        )
        from ..models.bundles_subproject_input_dto import BundlesSubprojectInputDto

        region = self.region.value

        name = self.name

        subproject: bool | dict[str, Any] | Unset
        if isinstance(self.subproject, Unset):
            subproject = UNSET
        elif isinstance(self.subproject, BundlesSubprojectInputDto):
            subproject = self.subproject.to_dict()
        else:
            subproject = self.subproject

        sms_app: bool | dict[str, Any] | Unset
        if isinstance(self.sms_app, Unset):
            sms_app = UNSET
        elif isinstance(self.sms_app, BundlesInputBundlesSmsAppDto):
            sms_app = self.sms_app.to_dict()
        else:
            sms_app = self.sms_app

        conv_app: bool | dict[str, Any] | Unset
        if isinstance(self.conv_app, Unset):
            conv_app = UNSET
        elif isinstance(self.conv_app, BundlesConversationAppInputDto):
            conv_app = self.conv_app.to_dict()
        else:
            conv_app = self.conv_app

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if subproject is not UNSET:
            field_dict["subproject"] = subproject
        if sms_app is not UNSET:
            field_dict["smsApp"] = sms_app
        if conv_app is not UNSET:
            field_dict["convApp"] = conv_app
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.bundles_conversation_app_input_dto import (
            BundlesConversationAppInputDto,
        )
        from ..models.bundles_input_bundles_sms_app_dto import (
            BundlesInputBundlesSmsAppDto,
        )
        from ..models.bundles_subproject_input_dto import BundlesSubprojectInputDto
        from ..models.bundles_webhook_input_dto import BundlesWebhookInputDto

        d = dict(src_dict)
        region = BundlesBundlesInputRegionEnum(d.pop("region"))

        name = d.pop("name", UNSET)

        def _parse_subproject(data: object) -> bool | BundlesSubprojectInputDto | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subproject_type_0 = BundlesSubprojectInputDto.from_dict(data)

                return subproject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BundlesSubprojectInputDto | Unset, data)

        from sinch_provisioning._enums import parse_union

        subproject = parse_union(_parse_subproject, d.pop("subproject", UNSET))

        def _parse_sms_app(data: object) -> bool | BundlesInputBundlesSmsAppDto | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_app_type_0 = BundlesInputBundlesSmsAppDto.from_dict(data)

                return sms_app_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BundlesInputBundlesSmsAppDto | Unset, data)

        from sinch_provisioning._enums import parse_union

        sms_app = parse_union(_parse_sms_app, d.pop("smsApp", UNSET))

        def _parse_conv_app(
            data: object,
        ) -> bool | BundlesConversationAppInputDto | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conv_app_type_0 = BundlesConversationAppInputDto.from_dict(data)

                return conv_app_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BundlesConversationAppInputDto | Unset, data)

        from sinch_provisioning._enums import parse_union

        conv_app = parse_union(_parse_conv_app, d.pop("convApp", UNSET))

        _webhooks = d.pop("webhooks", UNSET)
        webhooks: list[BundlesWebhookInputDto] | Unset = UNSET
        if _webhooks is not UNSET:
            webhooks = []
            for webhooks_item_data in _webhooks:
                webhooks_item = BundlesWebhookInputDto.from_dict(webhooks_item_data)

                webhooks.append(webhooks_item)

        bundles_input_bundles_dto = cls(
            region=region,
            name=name,
            subproject=subproject,
            sms_app=sms_app,
            conv_app=conv_app,
            webhooks=webhooks,
        )

        bundles_input_bundles_dto.additional_properties = d
        return bundles_input_bundles_dto

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


# After the class: models that refer to each other import without a cycle error.
from ..models.bundles_conversation_app_input_dto import BundlesConversationAppInputDto
from ..models.bundles_input_bundles_sms_app_dto import BundlesInputBundlesSmsAppDto
from ..models.bundles_subproject_input_dto import BundlesSubprojectInputDto
from ..models.bundles_webhook_input_dto import BundlesWebhookInputDto
