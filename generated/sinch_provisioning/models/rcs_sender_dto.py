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
from ..models.rcs_sender_billing_categories_enum import RcsSenderBillingCategoriesEnum
from ..models.rcs_sender_hosting_regions_enum import RcsSenderHostingRegionsEnum
from ..models.rcs_sender_regions_enum import RcsSenderRegionsEnum
from ..models.rcs_sender_states_enum import RcsSenderStatesEnum
from ..models.rcs_sender_use_cases_enum import RcsSenderUseCasesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsSenderDto")


@_attrs_define
class RcsSenderDto:
    """
    Attributes:
        id (str): required; JSON key id.
        region (RcsSenderRegionsEnum): required; JSON key region; one of: BR, EU, US.
        billing_category (RcsSenderBillingCategoriesEnum): required; JSON key billingCategory; one
            of: CONVERSATIONAL, NON_CONVERSATIONAL, BASIC_MESSAGE, CONVERSATIONAL_LEGACY,
            SINGLE_MESSAGE.
        use_case (RcsSenderUseCasesEnum): required; JSON key useCase; one of: MULTIUSE, OTP,
            PROMOTIONAL, TRANSACTIONAL.
        hosting_region (RcsSenderHostingRegionsEnum): required; JSON key hostingRegion; one of:
            ASIA_PACIFIC, EUROPE, NORTH_AMERICA.
        conversation_api_app (str | Unset): optional; JSON key conversationApiApp; deprecated.
        conversation_api_app_details (RcsConversationApiAppDto | Unset): optional; JSON key
            conversationApiAppDetails.
        state (RcsSenderStatesEnum | Unset): optional; JSON key state; one of: DRAFT, IN_PROGRESS,
            IN_TEST, LAUNCHED, LAUNCHING, PREPARING_LAUNCH, UNLAUNCHED, UNKNOWN.
        test_number_states (list[RcsTestNumberStateDto] | Unset): optional; JSON key
            testNumberStates.
        country_status (list[RcsCountryStatusDto] | Unset): optional; JSON key countryStatus.
        details (RcsSenderDetailsDto | Unset): optional; JSON key details.
        auth_name (str | Unset): optional; JSON key authName.
        auth_token (str | Unset): optional; JSON key authToken.
        created (str | Unset): optional; JSON key created.
        modified (str | Unset): optional; JSON key modified.
        supplier_details (RcsSupplierDetailsDto | Unset): optional; JSON key supplierDetails.
        launched (str | Unset): optional; JSON key launched.
        brand_details (RcsBrandRegistrationDto | Unset): optional; JSON key brandDetails.
        campaign_details (RcsCampaignRegistrationDto | Unset): optional; JSON key campaignDetails.
    """

    id: str
    region: RcsSenderRegionsEnum
    billing_category: RcsSenderBillingCategoriesEnum
    use_case: RcsSenderUseCasesEnum
    hosting_region: RcsSenderHostingRegionsEnum
    conversation_api_app: str | Unset = UNSET
    conversation_api_app_details: RcsConversationApiAppDto | Unset = UNSET
    state: RcsSenderStatesEnum | Unset = UNSET
    test_number_states: list[RcsTestNumberStateDto] | Unset = UNSET
    country_status: list[RcsCountryStatusDto] | Unset = UNSET
    details: RcsSenderDetailsDto | Unset = UNSET
    auth_name: str | Unset = UNSET
    auth_token: str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    supplier_details: RcsSupplierDetailsDto | Unset = UNSET
    launched: str | Unset = UNSET
    brand_details: RcsBrandRegistrationDto | Unset = UNSET
    campaign_details: RcsCampaignRegistrationDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region.value

        billing_category = self.billing_category.value

        use_case = self.use_case.value

        hosting_region = self.hosting_region.value

        conversation_api_app = self.conversation_api_app

        conversation_api_app_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_api_app_details, Unset):
            conversation_api_app_details = self.conversation_api_app_details.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        test_number_states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_number_states, Unset):
            test_number_states = []
            for test_number_states_item_data in self.test_number_states:
                test_number_states_item = test_number_states_item_data.to_dict()
                test_number_states.append(test_number_states_item)

        country_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.country_status, Unset):
            country_status = []
            for country_status_item_data in self.country_status:
                country_status_item = country_status_item_data.to_dict()
                country_status.append(country_status_item)

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        auth_name = self.auth_name

        auth_token = self.auth_token

        created = self.created

        modified = self.modified

        supplier_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_details, Unset):
            supplier_details = self.supplier_details.to_dict()

        launched = self.launched

        brand_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand_details, Unset):
            brand_details = self.brand_details.to_dict()

        campaign_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_details, Unset):
            campaign_details = self.campaign_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "billingCategory": billing_category,
                "useCase": use_case,
                "hostingRegion": hosting_region,
            }
        )
        if conversation_api_app is not UNSET:
            field_dict["conversationApiApp"] = conversation_api_app
        if conversation_api_app_details is not UNSET:
            field_dict["conversationApiAppDetails"] = conversation_api_app_details
        if state is not UNSET:
            field_dict["state"] = state
        if test_number_states is not UNSET:
            field_dict["testNumberStates"] = test_number_states
        if country_status is not UNSET:
            field_dict["countryStatus"] = country_status
        if details is not UNSET:
            field_dict["details"] = details
        if auth_name is not UNSET:
            field_dict["authName"] = auth_name
        if auth_token is not UNSET:
            field_dict["authToken"] = auth_token
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if supplier_details is not UNSET:
            field_dict["supplierDetails"] = supplier_details
        if launched is not UNSET:
            field_dict["launched"] = launched
        if brand_details is not UNSET:
            field_dict["brandDetails"] = brand_details
        if campaign_details is not UNSET:
            field_dict["campaignDetails"] = campaign_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.rcs_brand_registration_dto import RcsBrandRegistrationDto
        from ..models.rcs_campaign_registration_dto import RcsCampaignRegistrationDto
        from ..models.rcs_conversation_api_app_dto import RcsConversationApiAppDto
        from ..models.rcs_country_status_dto import RcsCountryStatusDto
        from ..models.rcs_sender_details_dto import RcsSenderDetailsDto
        from ..models.rcs_supplier_details_dto import RcsSupplierDetailsDto
        from ..models.rcs_test_number_state_dto import RcsTestNumberStateDto

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
            region = parse_enum(RcsSenderRegionsEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            billing_category = parse_enum(
                RcsSenderBillingCategoriesEnum, d.pop("billingCategory", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("billingCategory") from None

        try:
            use_case = parse_enum(RcsSenderUseCasesEnum, d.pop("useCase", MISSING))

        except FieldMismatch as exc:
            raise exc.at("useCase") from None

        try:
            hosting_region = parse_enum(
                RcsSenderHostingRegionsEnum, d.pop("hostingRegion", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("hostingRegion") from None

        try:
            conversation_api_app = d.pop("conversationApiApp", UNSET)
            if conversation_api_app is not UNSET and not isinstance(
                conversation_api_app, str
            ):
                raise mismatch("string", conversation_api_app)

        except FieldMismatch as exc:
            raise exc.at("conversationApiApp") from None

        try:
            _conversation_api_app_details = d.pop("conversationApiAppDetails", UNSET)
            conversation_api_app_details: RcsConversationApiAppDto | Unset
            if isinstance(_conversation_api_app_details, Unset):
                conversation_api_app_details = UNSET
            else:
                conversation_api_app_details = RcsConversationApiAppDto.from_dict(
                    _conversation_api_app_details
                )

        except FieldMismatch as exc:
            raise exc.at("conversationApiAppDetails") from None

        try:
            _state = d.pop("state", UNSET)
            state: RcsSenderStatesEnum | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = parse_enum(RcsSenderStatesEnum, _state)

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            _test_number_states = d.pop("testNumberStates", UNSET)
            test_number_states: list[RcsTestNumberStateDto] | Unset = UNSET
            if _test_number_states is not UNSET:
                if not isinstance(_test_number_states, list):
                    raise mismatch("array", _test_number_states)
                test_number_states = []
                try:
                    for test_number_states_item_data in _test_number_states:
                        test_number_states_item = RcsTestNumberStateDto.from_dict(
                            test_number_states_item_data
                        )

                        test_number_states.append(test_number_states_item)
                except FieldMismatch as exc:
                    raise exc.at(len(test_number_states)) from None

        except FieldMismatch as exc:
            raise exc.at("testNumberStates") from None

        try:
            _country_status = d.pop("countryStatus", UNSET)
            country_status: list[RcsCountryStatusDto] | Unset = UNSET
            if _country_status is not UNSET:
                if not isinstance(_country_status, list):
                    raise mismatch("array", _country_status)
                country_status = []
                try:
                    for country_status_item_data in _country_status:
                        country_status_item = RcsCountryStatusDto.from_dict(
                            country_status_item_data
                        )

                        country_status.append(country_status_item)
                except FieldMismatch as exc:
                    raise exc.at(len(country_status)) from None

        except FieldMismatch as exc:
            raise exc.at("countryStatus") from None

        try:
            _details = d.pop("details", UNSET)
            details: RcsSenderDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = RcsSenderDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            auth_name = d.pop("authName", UNSET)
            if auth_name is not UNSET and not isinstance(auth_name, str):
                raise mismatch("string", auth_name)

        except FieldMismatch as exc:
            raise exc.at("authName") from None

        try:
            auth_token = d.pop("authToken", UNSET)
            if auth_token is not UNSET and not isinstance(auth_token, str):
                raise mismatch("string", auth_token)

        except FieldMismatch as exc:
            raise exc.at("authToken") from None

        try:
            created = d.pop("created", UNSET)
            if created is not UNSET and not isinstance(created, str):
                raise mismatch("string", created)

        except FieldMismatch as exc:
            raise exc.at("created") from None

        try:
            modified = d.pop("modified", UNSET)
            if modified is not UNSET and not isinstance(modified, str):
                raise mismatch("string", modified)

        except FieldMismatch as exc:
            raise exc.at("modified") from None

        try:
            _supplier_details = d.pop("supplierDetails", UNSET)
            supplier_details: RcsSupplierDetailsDto | Unset
            if isinstance(_supplier_details, Unset):
                supplier_details = UNSET
            else:
                supplier_details = RcsSupplierDetailsDto.from_dict(_supplier_details)

        except FieldMismatch as exc:
            raise exc.at("supplierDetails") from None

        try:
            launched = d.pop("launched", UNSET)
            if launched is not UNSET and not isinstance(launched, str):
                raise mismatch("string", launched)

        except FieldMismatch as exc:
            raise exc.at("launched") from None

        try:
            _brand_details = d.pop("brandDetails", UNSET)
            brand_details: RcsBrandRegistrationDto | Unset
            if isinstance(_brand_details, Unset):
                brand_details = UNSET
            else:
                brand_details = RcsBrandRegistrationDto.from_dict(_brand_details)

        except FieldMismatch as exc:
            raise exc.at("brandDetails") from None

        try:
            _campaign_details = d.pop("campaignDetails", UNSET)
            campaign_details: RcsCampaignRegistrationDto | Unset
            if isinstance(_campaign_details, Unset):
                campaign_details = UNSET
            else:
                campaign_details = RcsCampaignRegistrationDto.from_dict(
                    _campaign_details
                )

        except FieldMismatch as exc:
            raise exc.at("campaignDetails") from None

        rcs_sender_dto = cls(
            id=id,
            region=region,
            billing_category=billing_category,
            use_case=use_case,
            hosting_region=hosting_region,
            conversation_api_app=conversation_api_app,
            conversation_api_app_details=conversation_api_app_details,
            state=state,
            test_number_states=test_number_states,
            country_status=country_status,
            details=details,
            auth_name=auth_name,
            auth_token=auth_token,
            created=created,
            modified=modified,
            supplier_details=supplier_details,
            launched=launched,
            brand_details=brand_details,
            campaign_details=campaign_details,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        rcs_sender_dto.additional_properties = d
        return rcs_sender_dto

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
from ..models.rcs_brand_registration_dto import RcsBrandRegistrationDto
from ..models.rcs_campaign_registration_dto import RcsCampaignRegistrationDto
from ..models.rcs_conversation_api_app_dto import RcsConversationApiAppDto
from ..models.rcs_country_status_dto import RcsCountryStatusDto
from ..models.rcs_sender_details_dto import RcsSenderDetailsDto
from ..models.rcs_supplier_details_dto import RcsSupplierDetailsDto
from ..models.rcs_test_number_state_dto import RcsTestNumberStateDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
RcsSenderDto.__init__.__globals__.update(
    RcsSenderDto=RcsSenderDto,
    RcsBrandRegistrationDto=RcsBrandRegistrationDto,
    RcsCampaignRegistrationDto=RcsCampaignRegistrationDto,
    RcsConversationApiAppDto=RcsConversationApiAppDto,
    RcsCountryStatusDto=RcsCountryStatusDto,
    RcsSenderDetailsDto=RcsSenderDetailsDto,
    RcsSupplierDetailsDto=RcsSupplierDetailsDto,
    RcsTestNumberStateDto=RcsTestNumberStateDto,
)
