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

T = TypeVar("T", bound="WhatsappCreateSolutionListDto")


@_attrs_define
class WhatsappCreateSolutionListDto:
    """
    Attributes:
        solutions (list[WhatsappSolutionDto]): required; JSON key solutions.
        failed_solutions (list[WhatsappFailedSolutionDto]): required; JSON key failedSolutions.
    """

    solutions: list[WhatsappSolutionDto]
    failed_solutions: list[WhatsappFailedSolutionDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        solutions = []
        for solutions_item_data in self.solutions:
            solutions_item = solutions_item_data.to_dict()
            solutions.append(solutions_item)

        failed_solutions = []
        for failed_solutions_item_data in self.failed_solutions:
            failed_solutions_item = failed_solutions_item_data.to_dict()
            failed_solutions.append(failed_solutions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "solutions": solutions,
                "failedSolutions": failed_solutions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_failed_solution_dto import WhatsappFailedSolutionDto
        from ..models.whatsapp_solution_dto import WhatsappSolutionDto

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise mismatch("object", src_dict)
        d = dict(src_dict)
        try:
            _solutions = d.pop("solutions", MISSING)
            if not isinstance(_solutions, list):
                raise mismatch("array", _solutions)
            solutions = []
            try:
                for solutions_item_data in _solutions:
                    solutions_item = WhatsappSolutionDto.from_dict(solutions_item_data)

                    solutions.append(solutions_item)
            except FieldMismatch as exc:
                raise exc.at(len(solutions)) from None

        except FieldMismatch as exc:
            raise exc.at("solutions") from None

        try:
            _failed_solutions = d.pop("failedSolutions", MISSING)
            if not isinstance(_failed_solutions, list):
                raise mismatch("array", _failed_solutions)
            failed_solutions = []
            try:
                for failed_solutions_item_data in _failed_solutions:
                    failed_solutions_item = WhatsappFailedSolutionDto.from_dict(
                        failed_solutions_item_data
                    )

                    failed_solutions.append(failed_solutions_item)
            except FieldMismatch as exc:
                raise exc.at(len(failed_solutions)) from None

        except FieldMismatch as exc:
            raise exc.at("failedSolutions") from None

        whatsapp_create_solution_list_dto = cls(
            solutions=solutions,
            failed_solutions=failed_solutions,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_create_solution_list_dto.additional_properties = d
        return whatsapp_create_solution_list_dto

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
from ..models.whatsapp_failed_solution_dto import WhatsappFailedSolutionDto
from ..models.whatsapp_solution_dto import WhatsappSolutionDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappCreateSolutionListDto.__init__.__globals__.update(
    WhatsappCreateSolutionListDto=WhatsappCreateSolutionListDto,
    WhatsappFailedSolutionDto=WhatsappFailedSolutionDto,
    WhatsappSolutionDto=WhatsappSolutionDto,
)
