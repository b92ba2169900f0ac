from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundles_webhook_triggers_enum import BundlesWebhookTriggersEnum

T = TypeVar("T", bound="BundlesWebhookDto")


@_attrs_define
class BundlesWebhookDto:
    """
    Attributes:
        id (str):
        target (str):
        project_id (str):
        triggers (list[BundlesWebhookTriggersEnum]):
    """

    id: str
    target: str
    project_id: str
    triggers: list[BundlesWebhookTriggersEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target = self.target

        project_id = self.project_id

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.value
            triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target": target,
                "projectId": project_id,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        id = d.pop("id")

        target = d.pop("target")

        project_id = d.pop("projectId")

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = BundlesWebhookTriggersEnum(triggers_item_data)

            triggers.append(triggers_item)

        bundles_webhook_dto = cls(
            id=id,
            target=target,
            project_id=project_id,
            triggers=triggers,
        )

        bundles_webhook_dto.additional_properties = d
        return bundles_webhook_dto

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
