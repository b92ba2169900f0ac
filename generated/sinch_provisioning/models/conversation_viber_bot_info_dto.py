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
from ..models.conversation_channel_status_enum import ConversationChannelStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationViberBotInfoDto")


@_attrs_define
class ConversationViberBotInfoDto:
    """
    Attributes:
        status (ConversationChannelStatusEnum): required; JSON key status; one of: ACTIVE, ERROR,
            FAILING, PENDING, UNRECOGNIZED.
        status_description (str | Unset): optional; JSON key statusDescription.
        id (str | Unset): optional; JSON key id.
        name (str | Unset): optional; JSON key name.
        uri (str | Unset): optional; JSON key uri.
        icon (str | Unset): optional; JSON key icon.
        category (str | Unset): optional; JSON key category.
        subcategory (str | Unset): optional; JSON key subcategory.
        location (ConversationAccountLocationDto | Unset): optional; JSON key location.
        country (str | Unset): optional; JSON key country.
        subscribers_count (float | Unset): optional; JSON key subscribersCount.
    """

    status: ConversationChannelStatusEnum
    status_description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    uri: str | Unset = UNSET
    icon: str | Unset = UNSET
    category: str | Unset = UNSET
    subcategory: str | Unset = UNSET
    location: ConversationAccountLocationDto | Unset = UNSET
    country: str | Unset = UNSET
    subscribers_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        status_description = self.status_description

        id = self.id

        name = self.name

        uri = self.uri

        icon = self.icon

        category = self.category

        subcategory = self.subcategory

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        country = self.country

        subscribers_count = self.subscribers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if status_description is not UNSET:
            field_dict["statusDescription"] = status_description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if uri is not UNSET:
            field_dict["uri"] = uri
        if icon is not UNSET:
            field_dict["icon"] = icon
        if category is not UNSET:
            field_dict["category"] = category
        if subcategory is not UNSET:
            field_dict["subcategory"] = subcategory
        if location is not UNSET:
            field_dict["location"] = location
        if country is not UNSET:
            field_dict["country"] = country
        if subscribers_count is not UNSET:
            field_dict["subscribersCount"] = subscribers_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.conversation_account_location_dto import (
            ConversationAccountLocationDto,
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            status = parse_enum(ConversationChannelStatusEnum, d.pop("status", MISSING))

        except FieldMismatch as exc:
            raise exc.at("status") from None

        try:
            status_description = d.pop("statusDescription", UNSET)
            if status_description is not UNSET and not isinstance(
                status_description, str
            ):
                raise mismatch("string", status_description)

        except FieldMismatch as exc:
            raise exc.at("statusDescription") from None

        try:
            id = d.pop("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise mismatch("string", id)

        except FieldMismatch as exc:
            raise exc.at("id") from None

        try:
            name = d.pop("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise mismatch("string", name)

        except FieldMismatch as exc:
            raise exc.at("name") from None

        try:
            uri = d.pop("uri", UNSET)
            if uri is not UNSET and not isinstance(uri, str):
                raise mismatch("string", uri)

        except FieldMismatch as exc:
            raise exc.at("uri") from None

        try:
            icon = d.pop("icon", UNSET)
            if icon is not UNSET and not isinstance(icon, str):
                raise mismatch("string", icon)

        except FieldMismatch as exc:
            raise exc.at("icon") from None

        try:
            category = d.pop("category", UNSET)
            if category is not UNSET and not isinstance(category, str):
                raise mismatch("string", category)

        except FieldMismatch as exc:
            raise exc.at("category") from None

        try:
            subcategory = d.pop("subcategory", UNSET)
            if subcategory is not UNSET and not isinstance(subcategory, str):
                raise mismatch("string", subcategory)

        except FieldMismatch as exc:
            raise exc.at("subcategory") from None

        try:
            _location = d.pop("location", UNSET)
            location: ConversationAccountLocationDto | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = ConversationAccountLocationDto.from_dict(_location)

        except FieldMismatch as exc:
            raise exc.at("location") from None

        try:
            country = d.pop("country", UNSET)
            if country is not UNSET and not isinstance(country, str):
                raise mismatch("string", country)

        except FieldMismatch as exc:
            raise exc.at("country") from None

        try:
            subscribers_count = d.pop("subscribersCount", UNSET)
            if subscribers_count is not UNSET and not (
                type(subscribers_count) is float or type(subscribers_count) is int
            ):
                raise mismatch("number", subscribers_count)

        except FieldMismatch as exc:
            raise exc.at("subscribersCount") from None

        conversation_viber_bot_info_dto = cls(
            status=status,
            status_description=status_description,
            id=id,
            name=name,
            uri=uri,
            icon=icon,
            category=category,
            subcategory=subcategory,
            location=location,
            country=country,
            subscribers_count=subscribers_count,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        conversation_viber_bot_info_dto.additional_properties = d
        return conversation_viber_bot_info_dto

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
from ..models.conversation_account_location_dto import ConversationAccountLocationDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
ConversationViberBotInfoDto.__init__.__globals__.update(
    ConversationViberBotInfoDto=ConversationViberBotInfoDto,
    ConversationAccountLocationDto=ConversationAccountLocationDto,
)
