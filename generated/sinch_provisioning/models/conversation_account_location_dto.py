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

T = TypeVar("T", bound="ConversationAccountLocationDto")


@_attrs_define
class ConversationAccountLocationDto:
    """
    Attributes:
        lon (float): required; JSON key lon.
        lat (float): required; JSON key lat.
    """

    lon: float
    lat: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lon = self.lon

        lat = self.lat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lon": lon,
                "lat": lat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            lon = d.pop("lon", MISSING)
            if not (type(lon) is float or type(lon) is int):
                raise mismatch("number", lon)

        except FieldMismatch as exc:
            raise exc.at("lon") from None

        try:
            lat = d.pop("lat", MISSING)
            if not (type(lat) is float or type(lat) is int):
                raise mismatch("number", lat)

        except FieldMismatch as exc:
            raise exc.at("lat") from None

        conversation_account_location_dto = cls(
            lon=lon,
            lat=lat,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        conversation_account_location_dto.additional_properties = d
        return conversation_account_location_dto

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
ConversationAccountLocationDto.__init__.__globals__.update(
    ConversationAccountLocationDto=ConversationAccountLocationDto,
)
