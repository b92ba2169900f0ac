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

T = TypeVar("T", bound="ConversationInstagramInfoDto")


@_attrs_define
class ConversationInstagramInfoDto:
    """
    Attributes:
        status (ConversationChannelStatusEnum): required; JSON key status; one of: ACTIVE, ERROR,
            FAILING, PENDING, UNRECOGNIZED.
        status_description (str | Unset): optional; JSON key statusDescription.
        id (str | Unset): optional; JSON key id.
        name (str | Unset): optional; JSON key name.
        username (str | Unset): optional; JSON key username.
        biography (str | Unset): optional; JSON key biography.
        followers_count (float | Unset): optional; JSON key followersCount.
        follows_count (float | Unset): optional; JSON key followsCount.
        media_count (float | Unset): optional; JSON key mediaCount.
        profile_picture_url (str | Unset): optional; JSON key profilePictureUrl.
        website (str | Unset): optional; JSON key website.
    """

    status: ConversationChannelStatusEnum
    status_description: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    username: str | Unset = UNSET
    biography: str | Unset = UNSET
    followers_count: float | Unset = UNSET
    follows_count: float | Unset = UNSET
    media_count: float | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        status_description = self.status_description

        id = self.id

        name = self.name

        username = self.username

        biography = self.biography

        followers_count = self.followers_count

        follows_count = self.follows_count

        media_count = self.media_count

        profile_picture_url = self.profile_picture_url

        website = self.website

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
        if username is not UNSET:
            field_dict["username"] = username
        if biography is not UNSET:
            field_dict["biography"] = biography
        if followers_count is not UNSET:
            field_dict["followersCount"] = followers_count
        if follows_count is not UNSET:
            field_dict["followsCount"] = follows_count
        if media_count is not UNSET:
            field_dict["mediaCount"] = media_count
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if website is not UNSET:
            field_dict["website"] = website

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
            username = d.pop("username", UNSET)
            if username is not UNSET and not isinstance(username, str):
                raise mismatch("string", username)

        except FieldMismatch as exc:
            raise exc.at("username") from None

        try:
            biography = d.pop("biography", UNSET)
            if biography is not UNSET and not isinstance(biography, str):
                raise mismatch("string", biography)

        except FieldMismatch as exc:
            raise exc.at("biography") from None

        try:
            followers_count = d.pop("followersCount", UNSET)
            if followers_count is not UNSET and not (
                type(followers_count) is float or type(followers_count) is int
            ):
                raise mismatch("number", followers_count)

        except FieldMismatch as exc:
            raise exc.at("followersCount") from None

        try:
            follows_count = d.pop("followsCount", UNSET)
            if follows_count is not UNSET and not (
                type(follows_count) is float or type(follows_count) is int
            ):
                raise mismatch("number", follows_count)

        except FieldMismatch as exc:
            raise exc.at("followsCount") from None

        try:
            media_count = d.pop("mediaCount", UNSET)
            if media_count is not UNSET and not (
                type(media_count) is float or type(media_count) is int
            ):
                raise mismatch("number", media_count)

        except FieldMismatch as exc:
            raise exc.at("mediaCount") from None

        try:
            profile_picture_url = d.pop("profilePictureUrl", UNSET)
            if profile_picture_url is not UNSET and not isinstance(
                profile_picture_url, str
            ):
                raise mismatch("string", profile_picture_url)

        except FieldMismatch as exc:
            raise exc.at("profilePictureUrl") from None

        try:
            website = d.pop("website", UNSET)
            if website is not UNSET and not isinstance(website, str):
                raise mismatch("string", website)

        except FieldMismatch as exc:
            raise exc.at("website") from None

        conversation_instagram_info_dto = cls(
            status=status,
            status_description=status_description,
            id=id,
            name=name,
            username=username,
            biography=biography,
            followers_count=followers_count,
            follows_count=follows_count,
            media_count=media_count,
            profile_picture_url=profile_picture_url,
            website=website,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        conversation_instagram_info_dto.additional_properties = d
        return conversation_instagram_info_dto

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
ConversationInstagramInfoDto.__init__.__globals__.update(
    ConversationInstagramInfoDto=ConversationInstagramInfoDto,
)
