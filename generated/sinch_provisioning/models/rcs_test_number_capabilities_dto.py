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
from ..models.rcs_test_number_capabilities_features_enum import (
    RcsTestNumberCapabilitiesFeaturesEnum,
)

T = TypeVar("T", bound="RcsTestNumberCapabilitiesDto")


@_attrs_define
class RcsTestNumberCapabilitiesDto:
    """
    Attributes:
        features (list[RcsTestNumberCapabilitiesFeaturesEnum]): required; JSON key features; each
            item: one of: ACTION_COMPOSE, ACTION_CREATE_CALENDAR_EVENT, ACTION_DIAL, ACTION_OPEN_URL,
            ACTION_OPEN_URL_IN_WEBVIEW, ACTION_SHARE_LOCATION, ACTION_VIEW_LOCATION, REVOCATION,
            RICHCARD_CAROUSEL, RICHCARD_STANDALONE, FEATURE_UNSPECIFIED, UNRECOGNIZED.
    """

    features: list[RcsTestNumberCapabilitiesFeaturesEnum]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = []
        for features_item_data in self.features:
            features_item = features_item_data.value
            features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _features = d.pop("features", MISSING)
            if not isinstance(_features, list):
                raise mismatch("array", _features)
            features = []
            try:
                for features_item_data in _features:
                    features_item = parse_enum(
                        RcsTestNumberCapabilitiesFeaturesEnum, features_item_data
                    )

                    features.append(features_item)
            except FieldMismatch as exc:
                raise exc.at(len(features)) from None

        except FieldMismatch as exc:
            raise exc.at("features") from None

        rcs_test_number_capabilities_dto = cls(
            features=features,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_test_number_capabilities_dto.additional_properties = d
        return rcs_test_number_capabilities_dto

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
RcsTestNumberCapabilitiesDto.__init__.__globals__.update(
    RcsTestNumberCapabilitiesDto=RcsTestNumberCapabilitiesDto,
)
