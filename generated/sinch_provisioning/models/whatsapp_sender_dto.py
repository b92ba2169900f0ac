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
from ..models.whatsapp_business_managers_enum import WhatsappBusinessManagersEnum
from ..models.whatsapp_conversation_app_regions_enum import (
    WhatsappConversationAppRegionsEnum,
)
from ..models.whatsapp_daily_limit_enum import WhatsappDailyLimitEnum
from ..models.whatsapp_quality_rating_enum import WhatsappQualityRatingEnum
from ..models.whatsapp_sender_bot_region_enum import WhatsappSenderBotRegionEnum
from ..models.whatsapp_sender_meta_local_storages_enum import (
    WhatsappSenderMetaLocalStoragesEnum,
)
from ..models.whatsapp_sender_number_provider_type_enum import (
    WhatsappSenderNumberProviderTypeEnum,
)
from ..models.whatsapp_sender_states_enum import WhatsappSenderStatesEnum
from ..models.whatsapp_waba_ban_states_enum import WhatsappWabaBanStatesEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatsappSenderDto")


@_attrs_define
class WhatsappSenderDto:
    """
    Attributes:
        id (str): required; JSON key id.
        region (WhatsappSenderBotRegionEnum): required; JSON key region; one of: BR, EU, US,
            UNRECOGNIZED.
        meta_local_storage (WhatsappSenderMetaLocalStoragesEnum): required; JSON key
            metaLocalStorage; one of: AE, AU, BH, BR, CA, CH, DE, GB, ID, IN, JP, KR, SG, US, ZA,
            UNRECOGNIZED, UNSPECIFIED.
        cloud_api (bool): required; JSON key cloudApi; deprecated.
        business_manager (WhatsappBusinessManagersEnum): required; JSON key businessManager; one
            of: SINCH_AMERICA, SINCH_BR, SINCH_MX, SINCH_SEP, SINCH_UK, UNRECOGNIZED.
        compatible_regions (list[WhatsappConversationAppRegionsEnum]): required; JSON key
            compatibleRegions; unique items; each item: one of: br, eu, us.
        state (WhatsappSenderStatesEnum | Unset): optional; JSON key state; one of: ACTIVE,
            IN_PROGRESS, INACTIVE, PENDING_VERIFICATION, SUSPENDED, ERROR.
        changes (WhatsappSenderChangesDto | Unset): optional; JSON key changes.
        details (WhatsappSenderDetailsDto | Unset): optional; JSON key details.
        metadata (WhatsappSenderMetadataDto | Unset): optional; JSON key metadata.
        conversation_api_app (str | Unset): optional; JSON key conversationApiApp; deprecated.
        conversation_api_app_details (WhatsappConversationApiAppDto | Unset): optional; JSON key
            conversationApiAppDetails.
        max_tps (float | Unset): optional; JSON key maxTps.
        quality_rating (WhatsappQualityRatingEnum | Unset): optional; JSON key qualityRating; one
            of: GREEN, RED, YELLOW, UNKNOWN, UNRECOGNIZED.
        daily_limit (WhatsappDailyLimitEnum | Unset): optional; JSON key dailyLimit; deprecated;
            one of: NOT_SET, TIER_100K, TIER_10K, TIER_1K, TIER_250, TIER_2K, TIER_50, TIER_UNLIMITED,
            UNRECOGNIZED.
        bearer_token (str | Unset): optional; JSON key bearerToken.
        created (str | Unset): optional; JSON key created.
        modified (str | Unset): optional; JSON key modified.
        country_code (str | Unset): optional; JSON key countryCode.
        phone_number (str | Unset): optional; JSON key phoneNumber.
        number_provider (WhatsappSenderNumberProviderTypeEnum | Unset): optional; JSON key
            numberProvider; one of: CUSTOMER, SINCH, UNRECOGNIZED.
        waba_ban_state (WhatsappWabaBanStatesEnum | Unset): optional; JSON key wabaBanState;
            deprecated; one of: DISABLE, REINSTATE, SCHEDULE_FOR_DISABLE, UNRECOGNIZED.
        waba_ban_date (str | Unset): optional; JSON key wabaBanDate; deprecated.
    """

    id: str
    region: WhatsappSenderBotRegionEnum
    meta_local_storage: WhatsappSenderMetaLocalStoragesEnum
    cloud_api: bool
    business_manager: WhatsappBusinessManagersEnum
    compatible_regions: list[WhatsappConversationAppRegionsEnum]
    state: WhatsappSenderStatesEnum | Unset = UNSET
    changes: WhatsappSenderChangesDto | Unset = UNSET
    details: WhatsappSenderDetailsDto | Unset = UNSET
    metadata: WhatsappSenderMetadataDto | Unset = UNSET
    conversation_api_app: str | Unset = UNSET
    conversation_api_app_details: WhatsappConversationApiAppDto | Unset = UNSET
    max_tps: float | Unset = UNSET
    quality_rating: WhatsappQualityRatingEnum | Unset = UNSET
    daily_limit: WhatsappDailyLimitEnum | Unset = UNSET
    bearer_token: str | Unset = UNSET
    created: str | Unset = UNSET
    modified: str | Unset = UNSET
    country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    number_provider: WhatsappSenderNumberProviderTypeEnum | Unset = UNSET
    waba_ban_state: WhatsappWabaBanStatesEnum | Unset = UNSET
    waba_ban_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        region = self.region.value

        meta_local_storage = self.meta_local_storage.value

        cloud_api = self.cloud_api

        business_manager = self.business_manager.value

        compatible_regions = []
        for compatible_regions_item_data in self.compatible_regions:
            compatible_regions_item = compatible_regions_item_data.value
            compatible_regions.append(compatible_regions_item)

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        conversation_api_app = self.conversation_api_app

        conversation_api_app_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversation_api_app_details, Unset):
            conversation_api_app_details = self.conversation_api_app_details.to_dict()

        max_tps = self.max_tps

        quality_rating: str | Unset = UNSET
        if not isinstance(self.quality_rating, Unset):
            quality_rating = self.quality_rating.value

        daily_limit: str | Unset = UNSET
        if not isinstance(self.daily_limit, Unset):
            daily_limit = self.daily_limit.value

        bearer_token = self.bearer_token

        created = self.created

        modified = self.modified

        country_code = self.country_code

        phone_number = self.phone_number

        number_provider: str | Unset = UNSET
        if not isinstance(self.number_provider, Unset):
            number_provider = self.number_provider.value

        waba_ban_state: str | Unset = UNSET
        if not isinstance(self.waba_ban_state, Unset):
            waba_ban_state = self.waba_ban_state.value

        waba_ban_date = self.waba_ban_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "region": region,
                "metaLocalStorage": meta_local_storage,
                "cloudApi": cloud_api,
                "businessManager": business_manager,
                "compatibleRegions": compatible_regions,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if changes is not UNSET:
            field_dict["changes"] = changes
        if details is not UNSET:
            field_dict["details"] = details
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if conversation_api_app is not UNSET:
            field_dict["conversationApiApp"] = conversation_api_app
        if conversation_api_app_details is not UNSET:
            field_dict["conversationApiAppDetails"] = conversation_api_app_details
        if max_tps is not UNSET:
            field_dict["maxTps"] = max_tps
        if quality_rating is not UNSET:
            field_dict["qualityRating"] = quality_rating
        if daily_limit is not UNSET:
            field_dict["dailyLimit"] = daily_limit
        if bearer_token is not UNSET:
            field_dict["bearerToken"] = bearer_token
        if created is not UNSET:
            field_dict["created"] = created
        if modified is not UNSET:
            field_dict["modified"] = modified
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if number_provider is not UNSET:
            field_dict["numberProvider"] = number_provider
        if waba_ban_state is not UNSET:
            field_dict["wabaBanState"] = waba_ban_state
        if waba_ban_date is not UNSET:
            field_dict["wabaBanDate"] = waba_ban_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:  # noqa: PYI019 - typing.Self needs 3.11
        from ..models.whatsapp_conversation_api_app_dto import (
            WhatsappConversationApiAppDto,
        )
        from ..models.whatsapp_sender_changes_dto import WhatsappSenderChangesDto
        from ..models.whatsapp_sender_details_dto import WhatsappSenderDetailsDto
        from ..models.whatsapp_sender_metadata_dto import WhatsappSenderMetadataDto

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
            region = parse_enum(WhatsappSenderBotRegionEnum, d.pop("region", MISSING))

        except FieldMismatch as exc:
            raise exc.at("region") from None

        try:
            meta_local_storage = parse_enum(
                WhatsappSenderMetaLocalStoragesEnum, d.pop("metaLocalStorage", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("metaLocalStorage") from None

        try:
            cloud_api = d.pop("cloudApi", MISSING)
            if not type(cloud_api) is bool:
                raise mismatch("boolean", cloud_api)

        except FieldMismatch as exc:
            raise exc.at("cloudApi") from None

        try:
            business_manager = parse_enum(
                WhatsappBusinessManagersEnum, d.pop("businessManager", MISSING)
            )

        except FieldMismatch as exc:
            raise exc.at("businessManager") from None

        try:
            _compatible_regions = d.pop("compatibleRegions", MISSING)
            if not isinstance(_compatible_regions, list):
                raise mismatch("array", _compatible_regions)
            compatible_regions = []
            try:
                for compatible_regions_item_data in _compatible_regions:
                    compatible_regions_item = parse_enum(
                        WhatsappConversationAppRegionsEnum, compatible_regions_item_data
                    )

                    compatible_regions.append(compatible_regions_item)
            except FieldMismatch as exc:
                raise exc.at(len(compatible_regions)) from None

        except FieldMismatch as exc:
            raise exc.at("compatibleRegions") from None

        try:
            _state = d.pop("state", UNSET)
            state: WhatsappSenderStatesEnum | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = parse_enum(WhatsappSenderStatesEnum, _state)

        except FieldMismatch as exc:
            raise exc.at("state") from None

        try:
            _changes = d.pop("changes", UNSET)
            changes: WhatsappSenderChangesDto | Unset
            if isinstance(_changes, Unset):
                changes = UNSET
            else:
                changes = WhatsappSenderChangesDto.from_dict(_changes)

        except FieldMismatch as exc:
            raise exc.at("changes") from None

        try:
            _details = d.pop("details", UNSET)
            details: WhatsappSenderDetailsDto | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = WhatsappSenderDetailsDto.from_dict(_details)

        except FieldMismatch as exc:
            raise exc.at("details") from None

        try:
            _metadata = d.pop("metadata", UNSET)
            metadata: WhatsappSenderMetadataDto | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = WhatsappSenderMetadataDto.from_dict(_metadata)

        except FieldMismatch as exc:
            raise exc.at("metadata") from None

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
            conversation_api_app_details: WhatsappConversationApiAppDto | Unset
            if isinstance(_conversation_api_app_details, Unset):
                conversation_api_app_details = UNSET
            else:
                conversation_api_app_details = WhatsappConversationApiAppDto.from_dict(
                    _conversation_api_app_details
                )

        except FieldMismatch as exc:
            raise exc.at("conversationApiAppDetails") from None

        try:
            max_tps = d.pop("maxTps", UNSET)
            if max_tps is not UNSET and not (
                type(max_tps) is float or type(max_tps) is int
            ):
                raise mismatch("number", max_tps)

        except FieldMismatch as exc:
            raise exc.at("maxTps") from None

        try:
            _quality_rating = d.pop("qualityRating", UNSET)
            quality_rating: WhatsappQualityRatingEnum | Unset
            if isinstance(_quality_rating, Unset):
                quality_rating = UNSET
            else:
                quality_rating = parse_enum(WhatsappQualityRatingEnum, _quality_rating)

        except FieldMismatch as exc:
            raise exc.at("qualityRating") from None

        try:
            _daily_limit = d.pop("dailyLimit", UNSET)
            daily_limit: WhatsappDailyLimitEnum | Unset
            if isinstance(_daily_limit, Unset):
                daily_limit = UNSET
            else:
                daily_limit = parse_enum(WhatsappDailyLimitEnum, _daily_limit)

        except FieldMismatch as exc:
            raise exc.at("dailyLimit") from None

        try:
            bearer_token = d.pop("bearerToken", UNSET)
            if bearer_token is not UNSET and not isinstance(bearer_token, str):
                raise mismatch("string", bearer_token)

        except FieldMismatch as exc:
            raise exc.at("bearerToken") from None

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
            country_code = d.pop("countryCode", UNSET)
            if country_code is not UNSET and not isinstance(country_code, str):
                raise mismatch("string", country_code)

        except FieldMismatch as exc:
            raise exc.at("countryCode") from None

        try:
            phone_number = d.pop("phoneNumber", UNSET)
            if phone_number is not UNSET and not isinstance(phone_number, str):
                raise mismatch("string", phone_number)

        except FieldMismatch as exc:
            raise exc.at("phoneNumber") from None

        try:
            _number_provider = d.pop("numberProvider", UNSET)
            number_provider: WhatsappSenderNumberProviderTypeEnum | Unset
            if isinstance(_number_provider, Unset):
                number_provider = UNSET
            else:
                number_provider = parse_enum(
                    WhatsappSenderNumberProviderTypeEnum, _number_provider
                )

        except FieldMismatch as exc:
            raise exc.at("numberProvider") from None

        try:
            _waba_ban_state = d.pop("wabaBanState", UNSET)
            waba_ban_state: WhatsappWabaBanStatesEnum | Unset
            if isinstance(_waba_ban_state, Unset):
                waba_ban_state = UNSET
            else:
                waba_ban_state = parse_enum(WhatsappWabaBanStatesEnum, _waba_ban_state)

        except FieldMismatch as exc:
            raise exc.at("wabaBanState") from None

        try:
            waba_ban_date = d.pop("wabaBanDate", UNSET)
            if waba_ban_date is not UNSET and not isinstance(waba_ban_date, str):
                raise mismatch("string", waba_ban_date)

        except FieldMismatch as exc:
            raise exc.at("wabaBanDate") from None

        whatsapp_sender_dto = cls(
            id=id,
            region=region,
            meta_local_storage=meta_local_storage,
            cloud_api=cloud_api,
            business_manager=business_manager,
            compatible_regions=compatible_regions,
            state=state,
            changes=changes,
            details=details,
            metadata=metadata,
            conversation_api_app=conversation_api_app,
            conversation_api_app_details=conversation_api_app_details,
            max_tps=max_tps,
            quality_rating=quality_rating,
            daily_limit=daily_limit,
            bearer_token=bearer_token,
            created=created,
            modified=modified,
            country_code=country_code,
            phone_number=phone_number,
            number_provider=number_provider,
            waba_ban_state=waba_ban_state,
            waba_ban_date=waba_ban_date,
        )

        if d and not is_lenient():
            raise unknown_field(cls, d)
        whatsapp_sender_dto.additional_properties = d
        return whatsapp_sender_dto

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
from ..models.whatsapp_conversation_api_app_dto import WhatsappConversationApiAppDto
from ..models.whatsapp_sender_changes_dto import WhatsappSenderChangesDto
from ..models.whatsapp_sender_details_dto import WhatsappSenderDetailsDto
from ..models.whatsapp_sender_metadata_dto import WhatsappSenderMetadataDto

# attrs compiled __init__ against the names known when the class was created (not this class,
# not the models imported after it): add them so typing.get_type_hints(__init__) resolves too.
WhatsappSenderDto.__init__.__globals__.update(
    WhatsappSenderDto=WhatsappSenderDto,
    WhatsappConversationApiAppDto=WhatsappConversationApiAppDto,
    WhatsappSenderChangesDto=WhatsappSenderChangesDto,
    WhatsappSenderDetailsDto=WhatsappSenderDetailsDto,
    WhatsappSenderMetadataDto=WhatsappSenderMetadataDto,
)
