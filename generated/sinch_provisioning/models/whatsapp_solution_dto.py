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
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappSolutionDto")


@_attrs_define
class WhatsappSolutionDto:
    """
    Attributes:
        id (str): required; JSON key id; read-only.
        details (WhatsappSolutionDetailsDto): required; JSON key details.
        assigned (bool): required; JSON key assigned; read-only.
        partner_app (WhatsappSolutionMetaAppDto | Unset): optional; JSON key partnerApp; read-
            only.
        owner_app (WhatsappSolutionMetaAppDto | Unset): optional; JSON key ownerApp; read-only.
    """

    id: str
    details: WhatsappSolutionDetailsDto
    assigned: bool
    partner_app: WhatsappSolutionMetaAppDto | Unset = UNSET
    owner_app: WhatsappSolutionMetaAppDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        details = self.details.to_dict()

        assigned = self.assigned

        partner_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_app, Unset):
            partner_app = self.partner_app.to_dict()

        owner_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_app, Unset):
            owner_app = self.owner_app.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "details": details,
                "assigned": assigned,
            }
        )
        if partner_app is not UNSET:
            field_dict["partnerApp"] = partner_app
        if owner_app is not UNSET:
            field_dict["ownerApp"] = owner_app

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_solution_details_dto import WhatsappSolutionDetailsDto
        from ..models.whatsapp_solution_meta_app_dto import WhatsappSolutionMetaAppDto

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
            details = WhatsappSolutionDetailsDto.from_dict(d.pop("details", MISSING))

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            assigned = d.pop("assigned", MISSING)
            if not type(assigned) is bool:
                raise mismatch("boolean", assigned)

        except FieldMismatch as exc:
            raise exc.at("assigned") from None

        try:
            _partner_app = d.pop("partnerApp", UNSET)
            partner_app: WhatsappSolutionMetaAppDto | Unset
            if isinstance(_partner_app, Unset):
                partner_app = UNSET
            else:
                partner_app = WhatsappSolutionMetaAppDto.from_dict(_partner_app)

        except FieldMismatch as exc:
            raise exc.at("partnerApp") from None

        try:
            _owner_app = d.pop("ownerApp", UNSET)
            owner_app: WhatsappSolutionMetaAppDto | Unset
            if isinstance(_owner_app, Unset):
                owner_app = UNSET
            else:
                owner_app = WhatsappSolutionMetaAppDto.from_dict(_owner_app)

        except FieldMismatch as exc:
            raise exc.at("ownerApp") from None

        whatsapp_solution_dto = cls(
            id=id,
            details=details,
            assigned=assigned,
            partner_app=partner_app,
            owner_app=owner_app,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_solution_dto.additional_properties = d
        return whatsapp_solution_dto

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
from ..models.whatsapp_solution_details_dto import WhatsappSolutionDetailsDto
from ..models.whatsapp_solution_meta_app_dto import WhatsappSolutionMetaAppDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappSolutionDto.__init__.__globals__.update(
    WhatsappSolutionDto=WhatsappSolutionDto,
    WhatsappSolutionDetailsDto=WhatsappSolutionDetailsDto,
    WhatsappSolutionMetaAppDto=WhatsappSolutionMetaAppDto,
)
