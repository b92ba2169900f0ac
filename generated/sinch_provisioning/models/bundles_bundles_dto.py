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
from ..models.bundles_bundle_services_state_enum import BundlesBundleServicesStateEnum
from ..models.bundles_bundles_region_enum import BundlesBundlesRegionEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlesBundlesDto")


@_attrs_define
class BundlesBundlesDto:
    """
    Attributes:
        id (str): required; JSON key id.
        project_id (str): required; JSON key projectId.
        state (BundlesBundleServicesStateEnum): required; JSON key state; one of: DONE, FAILED,
            IN_PROGRESS.
        region (BundlesBundlesRegionEnum): required; JSON key region; one of: BR, EU, US.
        name (str | Unset): optional; JSON key name; length <= 255.
        webhook_delivery_statuses (list[BundlesWebhookDeliveryStatusDto] | Unset): optional; JSON
            key webhookDeliveryStatuses.
        subproject (BundlesSubprojectDto | Unset): optional; JSON key subproject.
        sms_app (BundlesBundlesSmsAppDto | Unset): optional; JSON key smsApp.
        conv_app (BundlesConversationAppDto | Unset): optional; JSON key convApp.
        webhooks (list[BundlesWebhookDto] | Unset): optional; JSON key webhooks.
    """

    id: str
    project_id: str
    state: BundlesBundleServicesStateEnum
    region: BundlesBundlesRegionEnum
    name: str | Unset = UNSET
    webhook_delivery_statuses: list[BundlesWebhookDeliveryStatusDto] | Unset = UNSET
    subproject: BundlesSubprojectDto | Unset = UNSET
    sms_app: BundlesBundlesSmsAppDto | Unset = UNSET
    conv_app: BundlesConversationAppDto | Unset = UNSET
    webhooks: list[BundlesWebhookDto] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        state = self.state.value

        region = self.region.value

        name = self.name

        webhook_delivery_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhook_delivery_statuses, Unset):
            webhook_delivery_statuses = []
            for webhook_delivery_statuses_item_data in self.webhook_delivery_statuses:
                webhook_delivery_statuses_item = (
                    webhook_delivery_statuses_item_data.to_dict()
                )
                webhook_delivery_statuses.append(webhook_delivery_statuses_item)

        subproject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subproject, Unset):
            subproject = self.subproject.to_dict()

        sms_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_app, Unset):
            sms_app = self.sms_app.to_dict()

        conv_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conv_app, Unset):
            conv_app = self.conv_app.to_dict()

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
                "id": id,
                "projectId": project_id,
                "state": state,
                "region": region,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if webhook_delivery_statuses is not UNSET:
            field_dict["webhookDeliveryStatuses"] = webhook_delivery_statuses
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
        from ..models.bundles_bundles_sms_app_dto import BundlesBundlesSmsAppDto
        from ..models.bundles_conversation_app_dto import BundlesConversationAppDto
        from ..models.bundles_subproject_dto import BundlesSubprojectDto
        from ..models.bundles_webhook_delivery_status_dto import (
            BundlesWebhookDeliveryStatusDto,
        )
        from ..models.bundles_webhook_dto import BundlesWebhookDto

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
            project_id = d.pop("projectId", MISSING)
            if not isinstance(project_id, str):
                raise mismatch("string", project_id)

        except FieldMismatch as exc:
            raise exc.at("projectId") from None

        try:
            state = parse_enum(BundlesBundleServicesStateEnum, d.pop("state", MISSING))

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            region = parse_enum(BundlesBundlesRegionEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            _webhook_delivery_statuses = d.pop("webhookDeliveryStatuses", UNSET)
            webhook_delivery_statuses: list[BundlesWebhookDeliveryStatusDto] | Unset = (
                UNSET
            )
            if _webhook_delivery_statuses is not UNSET:
                if not isinstance(_webhook_delivery_statuses, list):
                    raise mismatch("array", _webhook_delivery_statuses)
                webhook_delivery_statuses = []
                try:
                    for (
                        webhook_delivery_statuses_item_data
                    ) in _webhook_delivery_statuses:
                        webhook_delivery_statuses_item = (
                            BundlesWebhookDeliveryStatusDto.from_dict(
                                webhook_delivery_statuses_item_data
                            )
                        )

                        webhook_delivery_statuses.append(webhook_delivery_statuses_item)
                except FieldMismatch as exc:
                    raise exc.at(len(webhook_delivery_statuses)) from None

        except FieldMismatch as exc:
            raise exc.at("webhookDeliveryStatuses") from None

        try:
            _subproject = d.pop("subproject", UNSET)
            subproject: BundlesSubprojectDto | Unset
            if isinstance(_subproject, Unset):
                subproject = UNSET
            else:
                subproject = BundlesSubprojectDto.from_dict(_subproject)

        except FieldMismatch as exc:
            raise exc.at("subproject") from None

        try:
            _sms_app = d.pop("smsApp", UNSET)
            sms_app: BundlesBundlesSmsAppDto | Unset
            if isinstance(_sms_app, Unset):
                sms_app = UNSET
            else:
                sms_app = BundlesBundlesSmsAppDto.from_dict(_sms_app)

        except FieldMismatch as exc:
            raise exc.at("smsApp") from None

        try:
            _conv_app = d.pop("convApp", UNSET)
            conv_app: BundlesConversationAppDto | Unset
            if isinstance(_conv_app, Unset):
                conv_app = UNSET
            else:
                conv_app = BundlesConversationAppDto.from_dict(_conv_app)

        except FieldMismatch as exc:
            raise exc.at("convApp") from None

        try:
            _webhooks = d.pop("webhooks", UNSET)
            webhooks: list[BundlesWebhookDto] | Unset = UNSET
            if _webhooks is not UNSET:
                if not isinstance(_webhooks, list):
                    raise mismatch("array", _webhooks)
                webhooks = []
                try:
                    for webhooks_item_data in _webhooks:
                        webhooks_item = BundlesWebhookDto.from_dict(webhooks_item_data)

                        webhooks.append(webhooks_item)
                except FieldMismatch as exc:
                    raise exc.at(len(webhooks)) from None

        except FieldMismatch as exc:
            raise exc.at("webhooks") from None

        bundles_bundles_dto = cls(
            id=id,
            project_id=project_id,
            state=state,
            region=region,
            name=name,
            webhook_delivery_statuses=webhook_delivery_statuses,
            subproject=subproject,
            sms_app=sms_app,
            conv_app=conv_app,
            webhooks=webhooks,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        bundles_bundles_dto.additional_properties = d
        return bundles_bundles_dto

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
from ..models.bundles_bundles_sms_app_dto import BundlesBundlesSmsAppDto
from ..models.bundles_conversation_app_dto import BundlesConversationAppDto
from ..models.bundles_subproject_dto import BundlesSubprojectDto
from ..models.bundles_webhook_delivery_status_dto import BundlesWebhookDeliveryStatusDto
from ..models.bundles_webhook_dto import BundlesWebhookDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
BundlesBundlesDto.__init__.__globals__.update(
    BundlesBundlesDto=BundlesBundlesDto,
    BundlesBundlesSmsAppDto=BundlesBundlesSmsAppDto,
    BundlesConversationAppDto=BundlesConversationAppDto,
    BundlesSubprojectDto=BundlesSubprojectDto,
    BundlesWebhookDeliveryStatusDto=BundlesWebhookDeliveryStatusDto,
    BundlesWebhookDto=BundlesWebhookDto,
)
