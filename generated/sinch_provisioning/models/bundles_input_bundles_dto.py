from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._checks import (
    MISSING,
    FieldMismatch,
    mismatch,
    no_variant,
    parse_enum,
    unknown_field,
)
from .._enums import is_lenient, parse_union
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

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            region = parse_enum(BundlesBundlesInputRegionEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:

            def _parse_subproject(
                data: object,
            ) -> bool | BundlesSubprojectInputDto | Unset:
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, dict):
                    try:
                        subproject_type_0 = BundlesSubprojectInputDto.from_dict(data)

                        return subproject_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                if type(data) is bool:
                    try:
                        subproject_type_1 = data
                        if not type(subproject_type_1) is bool:
                            raise mismatch("boolean", subproject_type_1)

                        return subproject_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("object or boolean", data, error)

            subproject = parse_union(_parse_subproject, d.pop("subproject", UNSET))

        except FieldMismatch as exc:
            raise exc.at("subproject") from None

        try:

            def _parse_sms_app(
                data: object,
            ) -> bool | BundlesInputBundlesSmsAppDto | Unset:
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, dict):
                    try:
                        sms_app_type_0 = BundlesInputBundlesSmsAppDto.from_dict(data)

                        return sms_app_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                if type(data) is bool:
                    try:
                        sms_app_type_1 = data
                        if not type(sms_app_type_1) is bool:
                            raise mismatch("boolean", sms_app_type_1)

                        return sms_app_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("object or boolean", data, error)

            sms_app = parse_union(_parse_sms_app, d.pop("smsApp", UNSET))

        except FieldMismatch as exc:
            raise exc.at("smsApp") from None

        try:

            def _parse_conv_app(
                data: object,
            ) -> bool | BundlesConversationAppInputDto | Unset:
                if isinstance(data, Unset):
                    return data
                error: Exception | None = None
                if isinstance(data, dict):
                    try:
                        conv_app_type_0 = BundlesConversationAppInputDto.from_dict(data)

                        return conv_app_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                if type(data) is bool:
                    try:
                        conv_app_type_1 = data
                        if not type(conv_app_type_1) is bool:
                            raise mismatch("boolean", conv_app_type_1)

                        return conv_app_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as exc:
                        error = exc
                raise no_variant("object or boolean", data, error)

            conv_app = parse_union(_parse_conv_app, d.pop("convApp", UNSET))

        except FieldMismatch as exc:
            raise exc.at("convApp") from None

        try:
            _webhooks = d.pop("webhooks", UNSET)
            webhooks: list[BundlesWebhookInputDto] | Unset = UNSET
            if _webhooks is not UNSET:
                if not isinstance(_webhooks, list):
                    raise mismatch("array", _webhooks)
                webhooks = []
                try:
                    for webhooks_item_data in _webhooks:
                        webhooks_item = BundlesWebhookInputDto.from_dict(
                            webhooks_item_data
                        )

                        webhooks.append(webhooks_item)
                except FieldMismatch as exc:
                    raise exc.at(len(webhooks)) from None

        except FieldMismatch as exc:
            raise exc.at("webhooks") from None

        bundles_input_bundles_dto = cls(
            region=region,
            name=name,
            subproject=subproject,
            sms_app=sms_app,
            conv_app=conv_app,
            webhooks=webhooks,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
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

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesInputBundlesDto.__init__.__globals__.update(
    BundlesInputBundlesDto=BundlesInputBundlesDto,
    BundlesConversationAppInputDto=BundlesConversationAppInputDto,
    BundlesInputBundlesSmsAppDto=BundlesInputBundlesSmsAppDto,
    BundlesSubprojectInputDto=BundlesSubprojectInputDto,
    BundlesWebhookInputDto=BundlesWebhookInputDto,
)
