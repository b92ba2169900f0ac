from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class RcsUsQuestionnaireBrandIndustriesEnum(str, Enum):
    """One of: AGRICULTURE, COMMUNICATION, CONSTRUCTION, EDUCATION, ENERGY, ENTERTAINMENT, FINANCIAL,
    GAMBLING, GOVERNMENT, HEALTHCARE, HOSPITALITY, HUMAN_RESOURCES, INSURANCE, LEGAL, MANUFACTURING,
    NON_GOVERNMENTAL_ORGANIZATION, POLITICAL, POSTAL, PROFESSIONAL, REAL_ESTATE, RETAIL, TECHNOLOGY,
    TRANSPORTATION.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    AGRICULTURE = "AGRICULTURE"
    COMMUNICATION = "COMMUNICATION"
    CONSTRUCTION = "CONSTRUCTION"
    EDUCATION = "EDUCATION"
    ENERGY = "ENERGY"
    ENTERTAINMENT = "ENTERTAINMENT"
    FINANCIAL = "FINANCIAL"
    GAMBLING = "GAMBLING"
    GOVERNMENT = "GOVERNMENT"
    HEALTHCARE = "HEALTHCARE"
    HOSPITALITY = "HOSPITALITY"
    HUMAN_RESOURCES = "HUMAN_RESOURCES"
    INSURANCE = "INSURANCE"
    LEGAL = "LEGAL"
    MANUFACTURING = "MANUFACTURING"
    NON_GOVERNMENTAL_ORGANIZATION = "NON_GOVERNMENTAL_ORGANIZATION"
    POLITICAL = "POLITICAL"
    POSTAL = "POSTAL"
    PROFESSIONAL = "PROFESSIONAL"
    REAL_ESTATE = "REAL_ESTATE"
    RETAIL = "RETAIL"
    TECHNOLOGY = "TECHNOLOGY"
    TRANSPORTATION = "TRANSPORTATION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> RcsUsQuestionnaireBrandIndustriesEnum | None:
        return missing_member(cls, value)
