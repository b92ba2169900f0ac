from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappUrlButtonDto")


@_attrs_define
class WhatsappUrlButtonDto:
    """
    Attributes:
        type_ (Literal['URL']): required; JSON key type; always URL.
        text (str | Unset): optional; JSON key text.
        url (str | Unset): optional; JSON key url; format url.
        examples (list[str] | Unset): optional; JSON key examples; each item: format url.
    """

    type_: Literal["URL"]
    text: str | Unset = UNSET
    url: str | Unset = UNSET
    examples: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        url = self.url

        examples: list[str] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = self.examples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if examples is not UNSET:
            field_dict["examples"] = examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        d = dict(src_dict)
        type_ = cast(Literal["URL"], d.pop("type"))
        if type_ != "URL":
            raise ValueError(f"type must match const 'URL', got '{type_}'")

        text = d.pop("text", UNSET)

        url = d.pop("url", UNSET)

        examples = cast(list[str], d.pop("examples", UNSET))

        whatsapp_url_button_dto = cls(
            type_=type_,
            text=text,
            url=url,
            examples=examples,
        )

        whatsapp_url_button_dto.additional_properties = d
        return whatsapp_url_button_dto

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
