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

T = TypeVar("T", bound="ConversationMessengerInfoDto")


@_attrs_define
class ConversationMessengerInfoDto:
    """
    Attributes:
        status (ConversationChannelStatusEnum): required; JSON key status; one of: ACTIVE, ERROR,
            FAILING, PENDING, UNRECOGNIZED.
        status_description (str | Unset): optional; JSON key statusDescription.
        id (str | Unset): optional; JSON key id.
        name (str | Unset): optional; JSON key name.
        global_brand_page_name (str | Unset): optional; JSON key globalBrandPageName.
    """

    status: ConversationChannelStatusEnum
    status_description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    global_brand_page_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        status_description = self.status_description

        id = self.id

        name = self.name

        global_brand_page_name = self.global_brand_page_name

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
        if global_brand_page_name is not UNSET:
            field_dict["globalBrandPageName"] = global_brand_page_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
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
            global_brand_page_name = d.pop("globalBrandPageName", UNSET)
            if global_brand_page_name is not UNSET and not isinstance(
                global_brand_page_name, str
            ):
                raise mismatch("string", global_brand_page_name)

        except FieldMismatch as exc:
            raise exc.at("globalBrandPageName") from None

        conversation_messenger_info_dto = cls(
            status=status,
            status_description=status_description,
            id=id,
            name=name,
            global_brand_page_name=global_brand_page_name,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        conversation_messenger_info_dto.additional_properties = d
        return conversation_messenger_info_dto

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
ConversationMessengerInfoDto.__init__.__globals__.update(
    ConversationMessengerInfoDto=ConversationMessengerInfoDto,
)
