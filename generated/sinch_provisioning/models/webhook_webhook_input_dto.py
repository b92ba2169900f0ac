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
from ..models.webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum

T = TypeVar("T", bound="WebhookWebhookInputDto")


@_attrs_define
class WebhookWebhookInputDto:
    """
    Attributes:
        target (str):
        secret (str):
        triggers (list[WebhookWebhookTriggersEnum]):
    """

    target: str
    secret: str
    triggers: list[WebhookWebhookTriggersEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        secret = self.secret

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.value
            triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target": target,
                "secret": secret,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            target = d.pop("target", MISSING)
            if not isinstance(target, str):
                raise mismatch("string", target)

        except FieldMismatch as exc:
            raise exc.at("target") from None

        try:
            secret = d.pop("secret", MISSING)
            if not isinstance(secret, str):
                raise mismatch("string", secret)

        except FieldMismatch as exc:
            raise exc.at("secret") from None

        try:
            _triggers = d.pop("triggers", MISSING)
            if not isinstance(_triggers, list):
                raise mismatch("array", _triggers)
            triggers = []
            try:
                for triggers_item_data in _triggers:
                    triggers_item = parse_enum(
                        WebhookWebhookTriggersEnum, triggers_item_data
                    )

                    triggers.append(triggers_item)
            except FieldMismatch as exc:
                raise exc.at(len(triggers)) from None

        except FieldMismatch as exc:
            raise exc.at("triggers") from None

        webhook_webhook_input_dto = cls(
            target=target,
            secret=secret,
            triggers=triggers,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        webhook_webhook_input_dto.additional_properties = d
        return webhook_webhook_input_dto

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
