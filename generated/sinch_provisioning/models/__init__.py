"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562), so importing one endpoint
module does not import every model of the API.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bundles_bundle_services_state_enum import BundlesBundleServicesStateEnum
    from .bundles_bundles_dto import BundlesBundlesDto
    from .bundles_bundles_input_region_enum import BundlesBundlesInputRegionEnum
    from .bundles_bundles_region_enum import BundlesBundlesRegionEnum
    from .bundles_bundles_sms_app_dto import BundlesBundlesSmsAppDto
    from .bundles_conversation_app_channel_integration_status_enum import (
        BundlesConversationAppChannelIntegrationStatusEnum,
    )
    from .bundles_conversation_app_consent_manager_settings_dto import (
        BundlesConversationAppConsentManagerSettingsDto,
    )
    from .bundles_conversation_app_consent_manager_settings_input_dto import (
        BundlesConversationAppConsentManagerSettingsInputDto,
    )
    from .bundles_conversation_app_consent_manager_settings_modes_enum import (
        BundlesConversationAppConsentManagerSettingsModesEnum,
    )
    from .bundles_conversation_app_conversation_retention_policy_input_dto import (
        BundlesConversationAppConversationRetentionPolicyInputDto,
    )
    from .bundles_conversation_app_dispatch_retention_policy_input_dto import (
        BundlesConversationAppDispatchRetentionPolicyInputDto,
    )
    from .bundles_conversation_app_dto import BundlesConversationAppDto
    from .bundles_conversation_app_input_dto import BundlesConversationAppInputDto
    from .bundles_conversation_app_processing_modes_enum import (
        BundlesConversationAppProcessingModesEnum,
    )
    from .bundles_conversation_app_retention_policy_dto import (
        BundlesConversationAppRetentionPolicyDto,
    )
    from .bundles_conversation_app_retention_policy_types_enum import (
        BundlesConversationAppRetentionPolicyTypesEnum,
    )
    from .bundles_conversation_app_webhooks_dto import BundlesConversationAppWebhooksDto
    from .bundles_conversation_app_webhooks_input_dto import (
        BundlesConversationAppWebhooksInputDto,
    )
    from .bundles_http_status_code_enum import BundlesHttpStatusCodeEnum
    from .bundles_input_bundles_dto import BundlesInputBundlesDto
    from .bundles_input_bundles_sms_app_dto import BundlesInputBundlesSmsAppDto
    from .bundles_input_conversation_app_consent_manager_settings_modes_enum import (
        BundlesInputConversationAppConsentManagerSettingsModesEnum,
    )
    from .bundles_input_conversation_app_conversation_retention_policy_types_enum import (
        BundlesInputConversationAppConversationRetentionPolicyTypesEnum,
    )
    from .bundles_input_conversation_app_processing_modes_enum import (
        BundlesInputConversationAppProcessingModesEnum,
    )
    from .bundles_input_webhook_target_types_enum import (
        BundlesInputWebhookTargetTypesEnum,
    )
    from .bundles_list_bundles_dto import BundlesListBundlesDto
    from .bundles_papi_error_dto import BundlesPapiErrorDto
    from .bundles_papi_error_dto_additional_information import (
        BundlesPapiErrorDtoAdditionalInformation,
    )
    from .bundles_provisioning_states_enum import BundlesProvisioningStatesEnum
    from .bundles_sms_app_regions_enum import BundlesSmsAppRegionsEnum
    from .bundles_subproject_dto import BundlesSubprojectDto
    from .bundles_subproject_dto_labels import BundlesSubprojectDtoLabels
    from .bundles_subproject_input_dto import BundlesSubprojectInputDto
    from .bundles_subproject_input_dto_labels import BundlesSubprojectInputDtoLabels
    from .bundles_subproject_status_enum import BundlesSubprojectStatusEnum
    from .bundles_webhook_delivery_status_dto import BundlesWebhookDeliveryStatusDto
    from .bundles_webhook_dto import BundlesWebhookDto
    from .bundles_webhook_input_dto import BundlesWebhookInputDto
    from .bundles_webhook_triggers_enum import BundlesWebhookTriggersEnum
    from .bundles_webhooks_input_webhook_trigger_enum import (
        BundlesWebhooksInputWebhookTriggerEnum,
    )
    from .bundles_webhooks_webhook_trigger_enum import BundlesWebhooksWebhookTriggerEnum
    from .conversation_account_location_dto import ConversationAccountLocationDto
    from .conversation_channel_status_enum import ConversationChannelStatusEnum
    from .conversation_instagram_info_dto import ConversationInstagramInfoDto
    from .conversation_messenger_info_dto import ConversationMessengerInfoDto
    from .conversation_papi_error_dto import ConversationPapiErrorDto
    from .conversation_papi_error_dto_additional_information import (
        ConversationPapiErrorDtoAdditionalInformation,
    )
    from .conversation_telegram_bot_info_dto import ConversationTelegramBotInfoDto
    from .conversation_viber_bot_info_dto import ConversationViberBotInfoDto
    from .kakaotalk_actions_enum import KakaotalkActionsEnum
    from .kakaotalk_button_dto import KakaotalkButtonDto
    from .kakaotalk_comment_dto import KakaotalkCommentDto
    from .kakaotalk_comment_input_dto import KakaotalkCommentInputDto
    from .kakaotalk_input_button_dto import KakaotalkInputButtonDto
    from .kakaotalk_input_kakao_talk_button_type_enum import (
        KakaotalkInputKakaoTalkButtonTypeEnum,
    )
    from .kakaotalk_input_kakao_talk_template_emphasize_type_enum import (
        KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum,
    )
    from .kakaotalk_input_kakao_talk_template_message_type_enum import (
        KakaotalkInputKakaoTalkTemplateMessageTypeEnum,
    )
    from .kakaotalk_input_sender_details_dto import KakaotalkInputSenderDetailsDto
    from .kakaotalk_input_sender_dto import KakaotalkInputSenderDto
    from .kakaotalk_input_template_details_dto import KakaotalkInputTemplateDetailsDto
    from .kakaotalk_input_template_dto import KakaotalkInputTemplateDto
    from .kakaotalk_input_template_languages_enum import (
        KakaotalkInputTemplateLanguagesEnum,
    )
    from .kakaotalk_input_update_sender_details_dto import (
        KakaotalkInputUpdateSenderDetailsDto,
    )
    from .kakaotalk_input_update_sender_dto import KakaotalkInputUpdateSenderDto
    from .kakaotalk_input_update_template_details_dto import (
        KakaotalkInputUpdateTemplateDetailsDto,
    )
    from .kakaotalk_input_update_template_dto import KakaotalkInputUpdateTemplateDto
    from .kakaotalk_input_verify_sender_dto import KakaotalkInputVerifySenderDto
    from .kakaotalk_kakao_talk_button_type_enum import KakaotalkKakaoTalkButtonTypeEnum
    from .kakaotalk_kakao_talk_template_emphasize_type_enum import (
        KakaotalkKakaoTalkTemplateEmphasizeTypeEnum,
    )
    from .kakaotalk_kakao_talk_template_message_type_enum import (
        KakaotalkKakaoTalkTemplateMessageTypeEnum,
    )
    from .kakaotalk_papi_error_dto import KakaotalkPapiErrorDto
    from .kakaotalk_papi_error_dto_additional_information import (
        KakaotalkPapiErrorDtoAdditionalInformation,
    )
    from .kakaotalk_sender_category_dto import KakaotalkSenderCategoryDto
    from .kakaotalk_sender_category_list_dto import KakaotalkSenderCategoryListDto
    from .kakaotalk_sender_changes_details_dto import KakaotalkSenderChangesDetailsDto
    from .kakaotalk_sender_changes_dto import KakaotalkSenderChangesDto
    from .kakaotalk_sender_details_dto import KakaotalkSenderDetailsDto
    from .kakaotalk_sender_dto import KakaotalkSenderDto
    from .kakaotalk_sender_list_dto import KakaotalkSenderListDto
    from .kakaotalk_sender_notification_dto import KakaotalkSenderNotificationDto
    from .kakaotalk_sender_notification_list_dto import (
        KakaotalkSenderNotificationListDto,
    )
    from .kakaotalk_sender_notification_type_enum import (
        KakaotalkSenderNotificationTypeEnum,
    )
    from .kakaotalk_sender_states_enum import KakaotalkSenderStatesEnum
    from .kakaotalk_sender_statuses_enum import KakaotalkSenderStatusesEnum
    from .kakaotalk_template_category_dto import KakaotalkTemplateCategoryDto
    from .kakaotalk_template_category_english_names_enum import (
        KakaotalkTemplateCategoryEnglishNamesEnum,
    )
    from .kakaotalk_template_category_list_dto import KakaotalkTemplateCategoryListDto
    from .kakaotalk_template_category_names_enum import (
        KakaotalkTemplateCategoryNamesEnum,
    )
    from .kakaotalk_template_changes_details_dto import (
        KakaotalkTemplateChangesDetailsDto,
    )
    from .kakaotalk_template_changes_dto import KakaotalkTemplateChangesDto
    from .kakaotalk_template_details_dto import KakaotalkTemplateDetailsDto
    from .kakaotalk_template_dto import KakaotalkTemplateDto
    from .kakaotalk_template_languages_enum import KakaotalkTemplateLanguagesEnum
    from .kakaotalk_template_list_dto import KakaotalkTemplateListDto
    from .kakaotalk_template_notification_dto import KakaotalkTemplateNotificationDto
    from .kakaotalk_template_notification_list_dto import (
        KakaotalkTemplateNotificationListDto,
    )
    from .kakaotalk_template_notification_type_enum import (
        KakaotalkTemplateNotificationTypeEnum,
    )
    from .kakaotalk_template_states_enum import KakaotalkTemplateStatesEnum
    from .kakaotalk_template_statuses_enum import KakaotalkTemplateStatusesEnum
    from .kakaotalk_template_subcategory_dto import KakaotalkTemplateSubcategoryDto
    from .kakaotalk_template_subcategory_english_names_enum import (
        KakaotalkTemplateSubcategoryEnglishNamesEnum,
    )
    from .kakaotalk_template_subcategory_names_enum import (
        KakaotalkTemplateSubcategoryNamesEnum,
    )
    from .rcs_account_notification_dto import RcsAccountNotificationDto
    from .rcs_account_notification_list_dto import RcsAccountNotificationListDto
    from .rcs_account_notification_type_enum import RcsAccountNotificationTypeEnum
    from .rcs_brand_campaign_sender_details_questionnaire_us_answers_dto import (
        RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto,
    )
    from .rcs_brand_campaign_sender_details_questionnaire_us_base_dto import (
        RcsBrandCampaignSenderDetailsQuestionnaireUSBaseDto,
    )
    from .rcs_brand_campaign_sender_details_questionnaire_us_dto import (
        RcsBrandCampaignSenderDetailsQuestionnaireUSDto,
    )
    from .rcs_brand_campaign_sender_details_questionnaire_us_questions_dto import (
        RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_brand_campaign_update_sender_details_questionnaire_us_answers_input_dto import (
        RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_brand_registration_dto import RcsBrandRegistrationDto
    from .rcs_brand_registration_process_dto import RcsBrandRegistrationProcessDto
    from .rcs_brand_registration_process_statuses_enum import (
        RcsBrandRegistrationProcessStatusesEnum,
    )
    from .rcs_brand_registration_statuses_enum import RcsBrandRegistrationStatusesEnum
    from .rcs_campaign_registration_dto import RcsCampaignRegistrationDto
    from .rcs_comment_dto import RcsCommentDto
    from .rcs_comment_input_dto import RcsCommentInputDto
    from .rcs_conversation_api_app_dto import RcsConversationApiAppDto
    from .rcs_conversation_api_app_regions_enum import RcsConversationApiAppRegionsEnum
    from .rcs_conversation_app_channel_integration_status_enum import (
        RcsConversationAppChannelIntegrationStatusEnum,
    )
    from .rcs_country_codes_enum import RcsCountryCodesEnum
    from .rcs_country_status_dto import RcsCountryStatusDto
    from .rcs_default_sender_details_questionnaire_us_dto import (
        RcsDefaultSenderDetailsQuestionnaireUSDto,
    )
    from .rcs_default_sender_details_questionnaire_us_questions_dto import (
        RcsDefaultSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_email_dto import RcsEmailDto
    from .rcs_email_input_dto import RcsEmailInputDto
    from .rcs_input_country_codes_enum import RcsInputCountryCodesEnum
    from .rcs_input_country_codes_non_us_enum import RcsInputCountryCodesNonUsEnum
    from .rcs_input_rcs_country_codes_enum import RcsInputRcsCountryCodesEnum
    from .rcs_input_sender_billing_categories_enum import (
        RcsInputSenderBillingCategoriesEnum,
    )
    from .rcs_input_sender_regions_enum import RcsInputSenderRegionsEnum
    from .rcs_input_sender_use_cases_enum import RcsInputSenderUseCasesEnum
    from .rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto import (
        RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
        RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_answers_input_dto import (
        RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
        RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_operator_dto import RcsOperatorDto
    from .rcs_operator_status_enum import RcsOperatorStatusEnum
    from .rcs_papi_error_dto import RcsPapiErrorDto
    from .rcs_papi_error_dto_additional_information import (
        RcsPapiErrorDtoAdditionalInformation,
    )
    from .rcs_phone_dto import RcsPhoneDto
    from .rcs_phone_input_dto import RcsPhoneInputDto
    from .rcs_private_us_questionnaire_brand_legal_forms_enum import (
        RcsPrivateUsQuestionnaireBrandLegalFormsEnum,
    )
    from .rcs_sender_billing_categories_enum import RcsSenderBillingCategoriesEnum
    from .rcs_sender_details_brand_dto import RcsSenderDetailsBrandDto
    from .rcs_sender_details_brand_input_dto import RcsSenderDetailsBrandInputDto
    from .rcs_sender_details_dto import RcsSenderDetailsDto
    from .rcs_sender_details_input_dto import RcsSenderDetailsInputDto
    from .rcs_sender_details_questionnaire_answer_metadata_dto import (
        RcsSenderDetailsQuestionnaireAnswerMetadataDto,
    )
    from .rcs_sender_details_questionnaire_answer_metadata_input_dto import (
        RcsSenderDetailsQuestionnaireAnswerMetadataInputDto,
    )
    from .rcs_sender_details_questionnaire_base_dto import (
        RcsSenderDetailsQuestionnaireBaseDto,
    )
    from .rcs_sender_details_questionnaire_dto import RcsSenderDetailsQuestionnaireDto
    from .rcs_sender_details_questionnaire_fr_answers_dto import (
        RcsSenderDetailsQuestionnaireFRAnswersDto,
    )
    from .rcs_sender_details_questionnaire_fr_answers_input_dto import (
        RcsSenderDetailsQuestionnaireFRAnswersInputDto,
    )
    from .rcs_sender_details_questionnaire_fr_base_dto import (
        RcsSenderDetailsQuestionnaireFRBaseDto,
    )
    from .rcs_sender_details_questionnaire_fr_dto import (
        RcsSenderDetailsQuestionnaireFRDto,
    )
    from .rcs_sender_details_questionnaire_fr_input_dto import (
        RcsSenderDetailsQuestionnaireFRInputDto,
    )
    from .rcs_sender_details_questionnaire_fr_questions_dto import (
        RcsSenderDetailsQuestionnaireFRQuestionsDto,
    )
    from .rcs_sender_details_questionnaire_gb_answers_dto import (
        RcsSenderDetailsQuestionnaireGBAnswersDto,
    )
    from .rcs_sender_details_questionnaire_gb_answers_input_dto import (
        RcsSenderDetailsQuestionnaireGBAnswersInputDto,
    )
    from .rcs_sender_details_questionnaire_gb_base_dto import (
        RcsSenderDetailsQuestionnaireGBBaseDto,
    )
    from .rcs_sender_details_questionnaire_gb_dto import (
        RcsSenderDetailsQuestionnaireGBDto,
    )
    from .rcs_sender_details_questionnaire_gb_input_dto import (
        RcsSenderDetailsQuestionnaireGBInputDto,
    )
    from .rcs_sender_details_questionnaire_gb_questions_dto import (
        RcsSenderDetailsQuestionnaireGBQuestionsDto,
    )
    from .rcs_sender_details_questionnaire_general_answers_dto import (
        RcsSenderDetailsQuestionnaireGeneralAnswersDto,
    )
    from .rcs_sender_details_questionnaire_general_answers_input_dto import (
        RcsSenderDetailsQuestionnaireGeneralAnswersInputDto,
    )
    from .rcs_sender_details_questionnaire_general_base_dto import (
        RcsSenderDetailsQuestionnaireGeneralBaseDto,
    )
    from .rcs_sender_details_questionnaire_general_dto import (
        RcsSenderDetailsQuestionnaireGeneralDto,
    )
    from .rcs_sender_details_questionnaire_general_input_dto import (
        RcsSenderDetailsQuestionnaireGeneralInputDto,
    )
    from .rcs_sender_details_questionnaire_general_questions_dto import (
        RcsSenderDetailsQuestionnaireGeneralQuestionsDto,
    )
    from .rcs_sender_details_questionnaire_input_dto import (
        RcsSenderDetailsQuestionnaireInputDto,
    )
    from .rcs_sender_details_questionnaire_question_object_dto import (
        RcsSenderDetailsQuestionnaireQuestionObjectDto,
    )
    from .rcs_sender_details_questionnaire_us_answers_dto import (
        RcsSenderDetailsQuestionnaireUSAnswersDto,
    )
    from .rcs_sender_details_questionnaire_us_answers_input_dto import (
        RcsSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_sender_details_questionnaire_us_base_dto import (
        RcsSenderDetailsQuestionnaireUSBaseDto,
    )
    from .rcs_sender_details_questionnaire_us_dto import (
        RcsSenderDetailsQuestionnaireUSDto,
    )
    from .rcs_sender_details_questionnaire_us_input_dto import (
        RcsSenderDetailsQuestionnaireUSInputDto,
    )
    from .rcs_sender_details_questionnaire_us_questions_dto import (
        RcsSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_sender_details_questionnaire_verification_answers_dto import (
        RcsSenderDetailsQuestionnaireVerificationAnswersDto,
    )
    from .rcs_sender_details_questionnaire_verification_answers_input_dto import (
        RcsSenderDetailsQuestionnaireVerificationAnswersInputDto,
    )
    from .rcs_sender_details_questionnaire_verification_base_dto import (
        RcsSenderDetailsQuestionnaireVerificationBaseDto,
    )
    from .rcs_sender_details_questionnaire_verification_dto import (
        RcsSenderDetailsQuestionnaireVerificationDto,
    )
    from .rcs_sender_details_questionnaire_verification_input_dto import (
        RcsSenderDetailsQuestionnaireVerificationInputDto,
    )
    from .rcs_sender_details_questionnaire_verification_partner_answers_dto import (
        RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto,
    )
    from .rcs_sender_details_questionnaire_verification_partner_answers_input_dto import (
        RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
    )
    from .rcs_sender_details_questionnaire_verification_partner_questions_dto import (
        RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto,
    )
    from .rcs_sender_details_questionnaire_verification_questions_dto import (
        RcsSenderDetailsQuestionnaireVerificationQuestionsDto,
    )
    from .rcs_sender_dto import RcsSenderDto
    from .rcs_sender_hosting_regions_enum import RcsSenderHostingRegionsEnum
    from .rcs_sender_input_dto import RcsSenderInputDto
    from .rcs_sender_list_dto import RcsSenderListDto
    from .rcs_sender_notification_dto import RcsSenderNotificationDto
    from .rcs_sender_notification_list_dto import RcsSenderNotificationListDto
    from .rcs_sender_notification_type_enum import RcsSenderNotificationTypeEnum
    from .rcs_sender_regions_enum import RcsSenderRegionsEnum
    from .rcs_sender_sort_columns_enum import RcsSenderSortColumnsEnum
    from .rcs_sender_states_enum import RcsSenderStatesEnum
    from .rcs_sender_use_cases_enum import RcsSenderUseCasesEnum
    from .rcs_sort_directions_enum import RcsSortDirectionsEnum
    from .rcs_supplier_details_dto import RcsSupplierDetailsDto
    from .rcs_supplier_details_google_dto import RcsSupplierDetailsGoogleDto
    from .rcs_test_number_capabilities_dto import RcsTestNumberCapabilitiesDto
    from .rcs_test_number_capabilities_features_enum import (
        RcsTestNumberCapabilitiesFeaturesEnum,
    )
    from .rcs_test_number_state_dto import RcsTestNumberStateDto
    from .rcs_test_number_states_enum import RcsTestNumberStatesEnum
    from .rcs_test_numbers_dto import RcsTestNumbersDto
    from .rcs_test_numbers_input_dto import RcsTestNumbersInputDto
    from .rcs_update_sender_details_brand_input_dto import (
        RcsUpdateSenderDetailsBrandInputDto,
    )
    from .rcs_update_sender_details_input_dto import RcsUpdateSenderDetailsInputDto
    from .rcs_update_sender_details_questionnaire_answer_metadata_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto,
    )
    from .rcs_update_sender_details_questionnaire_fr_answers_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto,
    )
    from .rcs_update_sender_details_questionnaire_fr_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireFRInputDto,
    )
    from .rcs_update_sender_details_questionnaire_gb_answers_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto,
    )
    from .rcs_update_sender_details_questionnaire_gb_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireGBInputDto,
    )
    from .rcs_update_sender_details_questionnaire_general_answers_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto,
    )
    from .rcs_update_sender_details_questionnaire_general_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireGeneralInputDto,
    )
    from .rcs_update_sender_details_questionnaire_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireInputDto,
    )
    from .rcs_update_sender_details_questionnaire_us_answers_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_update_sender_details_questionnaire_us_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireUSInputDto,
    )
    from .rcs_update_sender_details_questionnaire_verification_answers_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto,
    )
    from .rcs_update_sender_details_questionnaire_verification_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireVerificationInputDto,
    )
    from .rcs_update_sender_details_questionnaire_verification_partner_answers_input_dto import (
        RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto,
    )
    from .rcs_update_sender_input_dto import RcsUpdateSenderInputDto
    from .rcs_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto import (
        RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto import (
        RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_us_public_brand_campaign_sender_details_questionnaire_us_answers_input_dto import (
        RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto,
    )
    from .rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto import (
        RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto,
    )
    from .rcs_us_questionnaire_brand_campaign_versions_enum import (
        RcsUsQuestionnaireBrandCampaignVersionsEnum,
    )
    from .rcs_us_questionnaire_brand_industries_enum import (
        RcsUsQuestionnaireBrandIndustriesEnum,
    )
    from .rcs_us_questionnaire_brand_legal_forms_enum import (
        RcsUsQuestionnaireBrandLegalFormsEnum,
    )
    from .rcs_us_questionnaire_ownership_type_enum import (
        RcsUsQuestionnaireOwnershipTypeEnum,
    )
    from .rcs_us_questionnaire_versions_enum import RcsUsQuestionnaireVersionsEnum
    from .rcs_us_sender_details_questionnaire_verification_answers_input_dto import (
        RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto,
    )
    from .rcs_us_states_enum import RcsUsStatesEnum
    from .rcs_website_dto import RcsWebsiteDto
    from .rcs_website_input_dto import RcsWebsiteInputDto
    from .sms_conversation_api_app_dto import SmsConversationApiAppDto
    from .sms_conversation_api_app_regions_enum import SmsConversationApiAppRegionsEnum
    from .sms_conversation_app_channel_integration_status_enum import (
        SmsConversationAppChannelIntegrationStatusEnum,
    )
    from .sms_input_sms_app_dto import SmsInputSmsAppDto
    from .sms_input_sms_app_regions_enum import SmsInputSmsAppRegionsEnum
    from .sms_papi_error_dto import SmsPapiErrorDto
    from .sms_papi_error_dto_additional_information import (
        SmsPapiErrorDtoAdditionalInformation,
    )
    from .sms_provisioning_states_enum import SmsProvisioningStatesEnum
    from .sms_sms_app_dto import SmsSmsAppDto
    from .sms_sms_app_list_dto import SmsSmsAppListDto
    from .sms_sms_app_regions_enum import SmsSmsAppRegionsEnum
    from .sms_update_sms_app_dto import SmsUpdateSmsAppDto
    from .webhook_papi_error_dto import WebhookPapiErrorDto
    from .webhook_papi_error_dto_additional_information import (
        WebhookPapiErrorDtoAdditionalInformation,
    )
    from .webhook_update_webhook_input_dto import WebhookUpdateWebhookInputDto
    from .webhook_update_webhook_input_dto_secret import (
        WebhookUpdateWebhookInputDtoSecret,
    )
    from .webhook_update_webhook_input_dto_target import (
        WebhookUpdateWebhookInputDtoTarget,
    )
    from .webhook_webhook_dto import WebhookWebhookDto
    from .webhook_webhook_input_dto import WebhookWebhookInputDto
    from .webhook_webhook_list_dto import WebhookWebhookListDto
    from .webhook_webhook_triggers_enum import WebhookWebhookTriggersEnum
    from .whatsapp_account_change_state_enum import WhatsappAccountChangeStateEnum
    from .whatsapp_account_changes_details_dto import WhatsappAccountChangesDetailsDto
    from .whatsapp_account_changes_dto import WhatsappAccountChangesDto
    from .whatsapp_account_details_dto import WhatsappAccountDetailsDto
    from .whatsapp_account_dto import WhatsappAccountDto
    from .whatsapp_account_notification_dto import WhatsappAccountNotificationDto
    from .whatsapp_account_notification_list_dto import (
        WhatsappAccountNotificationListDto,
    )
    from .whatsapp_account_notification_type_enum import (
        WhatsappAccountNotificationTypeEnum,
    )
    from .whatsapp_account_sender_related_changes_details_dto import (
        WhatsappAccountSenderRelatedChangesDetailsDto,
    )
    from .whatsapp_account_sender_related_details_dto import (
        WhatsappAccountSenderRelatedDetailsDto,
    )
    from .whatsapp_account_state_enum import WhatsappAccountStateEnum
    from .whatsapp_actions_enum import WhatsappActionsEnum
    from .whatsapp_bid_strategies_enum import WhatsappBidStrategiesEnum
    from .whatsapp_body_component_dto import WhatsappBodyComponentDto
    from .whatsapp_body_component_input_dto import WhatsappBodyComponentInputDto
    from .whatsapp_business_managers_enum import WhatsappBusinessManagersEnum
    from .whatsapp_buttons_component_dto import WhatsappButtonsComponentDto
    from .whatsapp_buttons_component_input_dto import WhatsappButtonsComponentInputDto
    from .whatsapp_card_body_component_dto import WhatsappCardBodyComponentDto
    from .whatsapp_card_buttons_component_dto import WhatsappCardButtonsComponentDto
    from .whatsapp_card_dto import WhatsappCardDto
    from .whatsapp_card_header_component_dto import WhatsappCardHeaderComponentDto
    from .whatsapp_card_header_component_formats_enum import (
        WhatsappCardHeaderComponentFormatsEnum,
    )
    from .whatsapp_carousel_component_dto import WhatsappCarouselComponentDto
    from .whatsapp_comment_dto import WhatsappCommentDto
    from .whatsapp_comment_input_dto import WhatsappCommentInputDto
    from .whatsapp_conversation_api_app_dto import WhatsappConversationApiAppDto
    from .whatsapp_conversation_api_app_regions_enum import (
        WhatsappConversationApiAppRegionsEnum,
    )
    from .whatsapp_conversation_app_channel_integration_status_enum import (
        WhatsappConversationAppChannelIntegrationStatusEnum,
    )
    from .whatsapp_conversation_app_regions_enum import (
        WhatsappConversationAppRegionsEnum,
    )
    from .whatsapp_copy_code_button_dto import WhatsappCopyCodeButtonDto
    from .whatsapp_copy_code_button_input_dto import WhatsappCopyCodeButtonInputDto
    from .whatsapp_country_codes_enum import WhatsappCountryCodesEnum
    from .whatsapp_create_solution_list_dto import WhatsappCreateSolutionListDto
    from .whatsapp_daily_limit_enum import WhatsappDailyLimitEnum
    from .whatsapp_failed_solution_dto import WhatsappFailedSolutionDto
    from .whatsapp_failed_solution_errors_enum import WhatsappFailedSolutionErrorsEnum
    from .whatsapp_flow_action_enum import WhatsappFlowActionEnum
    from .whatsapp_flow_button_dto import WhatsappFlowButtonDto
    from .whatsapp_flow_button_input_dto import WhatsappFlowButtonInputDto
    from .whatsapp_flow_dto import WhatsappFlowDto
    from .whatsapp_flow_list_dto import WhatsappFlowListDto
    from .whatsapp_flow_screen_dto import WhatsappFlowScreenDto
    from .whatsapp_flow_screen_list_dto import WhatsappFlowScreenListDto
    from .whatsapp_footer_component_dto import WhatsappFooterComponentDto
    from .whatsapp_footer_component_input_dto import WhatsappFooterComponentInputDto
    from .whatsapp_input_account_dto_deprecated import WhatsappInputAccountDtoDeprecated
    from .whatsapp_input_account_partner_initiated_dto import (
        WhatsappInputAccountPartnerInitiatedDto,
    )
    from .whatsapp_input_account_sender_related_details_dto import (
        WhatsappInputAccountSenderRelatedDetailsDto,
    )
    from .whatsapp_input_account_sender_related_update_details_dto import (
        WhatsappInputAccountSenderRelatedUpdateDetailsDto,
    )
    from .whatsapp_input_account_whats_app_verticals_enum import (
        WhatsappInputAccountWhatsAppVerticalsEnum,
    )
    from .whatsapp_input_business_managers_enum import WhatsappInputBusinessManagersEnum
    from .whatsapp_input_business_managers_public_documentation_enum import (
        WhatsappInputBusinessManagersPublicDocumentationEnum,
    )
    from .whatsapp_input_card_body_component_dto import (
        WhatsappInputCardBodyComponentDto,
    )
    from .whatsapp_input_card_buttons_component_dto import (
        WhatsappInputCardButtonsComponentDto,
    )
    from .whatsapp_input_card_dto import WhatsappInputCardDto
    from .whatsapp_input_card_header_component_dto import (
        WhatsappInputCardHeaderComponentDto,
    )
    from .whatsapp_input_card_media_header_example_dto import (
        WhatsappInputCardMediaHeaderExampleDto,
    )
    from .whatsapp_input_card_media_header_example_supported_mime_types_enum import (
        WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum,
    )
    from .whatsapp_input_carousel_component_dto import WhatsappInputCarouselComponentDto
    from .whatsapp_input_flow_action_enum import WhatsappInputFlowActionEnum
    from .whatsapp_input_media_header_example_supported_mime_types_enum import (
        WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum,
    )
    from .whatsapp_input_otp_type_enum import WhatsappInputOtpTypeEnum
    from .whatsapp_input_sender_partner_initiated_details_dto import (
        WhatsappInputSenderPartnerInitiatedDetailsDto,
    )
    from .whatsapp_input_sender_partner_initiated_dto import (
        WhatsappInputSenderPartnerInitiatedDto,
    )
    from .whatsapp_input_sender_phone_provisioning_details_dto import (
        WhatsappInputSenderPhoneProvisioningDetailsDto,
    )
    from .whatsapp_input_sender_phone_provisioning_dto import (
        WhatsappInputSenderPhoneProvisioningDto,
    )
    from .whatsapp_input_template_compare_dto import WhatsappInputTemplateCompareDto
    from .whatsapp_input_template_compare_identifier_dto import (
        WhatsappInputTemplateCompareIdentifierDto,
    )
    from .whatsapp_input_template_compare_timeframes_enum import (
        WhatsappInputTemplateCompareTimeframesEnum,
    )
    from .whatsapp_input_template_details_optimization import (
        WhatsappInputTemplateDetailsOptimization,
    )
    from .whatsapp_input_template_details_optimization_bid_country_multiplier_overrides import (
        WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides,
    )
    from .whatsapp_input_template_languages_enum import (
        WhatsappInputTemplateLanguagesEnum,
    )
    from .whatsapp_input_update_account_dto import WhatsappInputUpdateAccountDto
    from .whatsapp_input_update_template_details_optimization import (
        WhatsappInputUpdateTemplateDetailsOptimization,
    )
    from .whatsapp_input_update_template_details_optimization_bid_country_multiplier_overrides_type_0 import (
        WhatsappInputUpdateTemplateDetailsOptimizationBidCountryMultiplierOverridesType0,
    )
    from .whatsapp_limited_time_offer_component_dto import (
        WhatsappLimitedTimeOfferComponentDto,
    )
    from .whatsapp_limited_time_offer_component_input_dto import (
        WhatsappLimitedTimeOfferComponentInputDto,
    )
    from .whatsapp_location_header_component_dto import (
        WhatsappLocationHeaderComponentDto,
    )
    from .whatsapp_location_header_component_input_dto import (
        WhatsappLocationHeaderComponentInputDto,
    )
    from .whatsapp_long_lived_access_token_dto import WhatsappLongLivedAccessTokenDto
    from .whatsapp_long_lived_access_token_input_dto import (
        WhatsappLongLivedAccessTokenInputDto,
    )
    from .whatsapp_media_header_component_dto import WhatsappMediaHeaderComponentDto
    from .whatsapp_media_header_component_format_enum import (
        WhatsappMediaHeaderComponentFormatEnum,
    )
    from .whatsapp_media_header_component_input_dto import (
        WhatsappMediaHeaderComponentInputDto,
    )
    from .whatsapp_media_header_example_dto import WhatsappMediaHeaderExampleDto
    from .whatsapp_media_header_example_input_dto import (
        WhatsappMediaHeaderExampleInputDto,
    )
    from .whatsapp_order_details_button_dto import WhatsappOrderDetailsButtonDto
    from .whatsapp_order_details_button_input_dto import (
        WhatsappOrderDetailsButtonInputDto,
    )
    from .whatsapp_otp_button_dto import WhatsappOtpButtonDto
    from .whatsapp_otp_button_input_dto import WhatsappOtpButtonInputDto
    from .whatsapp_otp_type_enum import WhatsappOtpTypeEnum
    from .whatsapp_papi_error_dto import WhatsappPapiErrorDto
    from .whatsapp_papi_error_dto_additional_information import (
        WhatsappPapiErrorDtoAdditionalInformation,
    )
    from .whatsapp_partial_body_component_dto import WhatsappPartialBodyComponentDto
    from .whatsapp_partial_buttons_component_dto import (
        WhatsappPartialButtonsComponentDto,
    )
    from .whatsapp_partial_card_body_component_dto import (
        WhatsappPartialCardBodyComponentDto,
    )
    from .whatsapp_partial_card_buttons_component_dto import (
        WhatsappPartialCardButtonsComponentDto,
    )
    from .whatsapp_partial_card_dto import WhatsappPartialCardDto
    from .whatsapp_partial_card_header_component_dto import (
        WhatsappPartialCardHeaderComponentDto,
    )
    from .whatsapp_partial_carousel_component_dto import (
        WhatsappPartialCarouselComponentDto,
    )
    from .whatsapp_partial_flow_button_dto import WhatsappPartialFlowButtonDto
    from .whatsapp_partial_footer_component_dto import WhatsappPartialFooterComponentDto
    from .whatsapp_partial_limited_time_offer_component_dto import (
        WhatsappPartialLimitedTimeOfferComponentDto,
    )
    from .whatsapp_partial_location_header_component_dto import (
        WhatsappPartialLocationHeaderComponentDto,
    )
    from .whatsapp_partial_media_header_component_dto import (
        WhatsappPartialMediaHeaderComponentDto,
    )
    from .whatsapp_partial_media_header_example_dto import (
        WhatsappPartialMediaHeaderExampleDto,
    )
    from .whatsapp_partial_otp_button_dto import WhatsappPartialOtpButtonDto
    from .whatsapp_partial_phone_number_button_dto import (
        WhatsappPartialPhoneNumberButtonDto,
    )
    from .whatsapp_partial_quick_reply_button_dto import (
        WhatsappPartialQuickReplyButtonDto,
    )
    from .whatsapp_partial_template_analytics_buttons_dto import (
        WhatsappPartialTemplateAnalyticsButtonsDto,
    )
    from .whatsapp_partial_template_analytics_dto import (
        WhatsappPartialTemplateAnalyticsDto,
    )
    from .whatsapp_partial_template_changes_dto import WhatsappPartialTemplateChangesDto
    from .whatsapp_partial_template_details_dto import WhatsappPartialTemplateDetailsDto
    from .whatsapp_partial_template_dto import WhatsappPartialTemplateDto
    from .whatsapp_partial_template_list_dto import WhatsappPartialTemplateListDto
    from .whatsapp_partial_text_header_component_dto import (
        WhatsappPartialTextHeaderComponentDto,
    )
    from .whatsapp_partial_url_button_dto import WhatsappPartialUrlButtonDto
    from .whatsapp_phone_number_button_dto import WhatsappPhoneNumberButtonDto
    from .whatsapp_phone_number_button_input_dto import (
        WhatsappPhoneNumberButtonInputDto,
    )
    from .whatsapp_quality_rating_enum import WhatsappQualityRatingEnum
    from .whatsapp_quick_reply_button_dto import WhatsappQuickReplyButtonDto
    from .whatsapp_quick_reply_button_input_dto import WhatsappQuickReplyButtonInputDto
    from .whatsapp_request_contact_info_button_dto import (
        WhatsappRequestContactInfoButtonDto,
    )
    from .whatsapp_request_contact_info_button_input_dto import (
        WhatsappRequestContactInfoButtonInputDto,
    )
    from .whatsapp_sender_bot_region_enum import WhatsappSenderBotRegionEnum
    from .whatsapp_sender_changes_details_dto import WhatsappSenderChangesDetailsDto
    from .whatsapp_sender_changes_dto import WhatsappSenderChangesDto
    from .whatsapp_sender_details_dto import WhatsappSenderDetailsDto
    from .whatsapp_sender_dto import WhatsappSenderDto
    from .whatsapp_sender_error_code_enum import WhatsappSenderErrorCodeEnum
    from .whatsapp_sender_input_bot_region_enum import WhatsappSenderInputBotRegionEnum
    from .whatsapp_sender_input_details_dto import WhatsappSenderInputDetailsDto
    from .whatsapp_sender_input_dto_deprecated import WhatsappSenderInputDtoDeprecated
    from .whatsapp_sender_input_es_dto import WhatsappSenderInputEsDto
    from .whatsapp_sender_input_meta_local_storages_enum import (
        WhatsappSenderInputMetaLocalStoragesEnum,
    )
    from .whatsapp_sender_input_number_provider_type_enum import (
        WhatsappSenderInputNumberProviderTypeEnum,
    )
    from .whatsapp_sender_input_region_enum import WhatsappSenderInputRegionEnum
    from .whatsapp_sender_input_register_dto import WhatsappSenderInputRegisterDto
    from .whatsapp_sender_input_registration_method_enum import (
        WhatsappSenderInputRegistrationMethodEnum,
    )
    from .whatsapp_sender_input_verify_dto import WhatsappSenderInputVerifyDto
    from .whatsapp_sender_input_whats_app_vertical_enum import (
        WhatsappSenderInputWhatsAppVerticalEnum,
    )
    from .whatsapp_sender_list_dto import WhatsappSenderListDto
    from .whatsapp_sender_meta_local_storages_enum import (
        WhatsappSenderMetaLocalStoragesEnum,
    )
    from .whatsapp_sender_metadata_dto import WhatsappSenderMetadataDto
    from .whatsapp_sender_metadata_field_dto import WhatsappSenderMetadataFieldDto
    from .whatsapp_sender_notification_dto import WhatsappSenderNotificationDto
    from .whatsapp_sender_notification_list_dto import WhatsappSenderNotificationListDto
    from .whatsapp_sender_notification_type_enum import (
        WhatsappSenderNotificationTypeEnum,
    )
    from .whatsapp_sender_number_provider_type_enum import (
        WhatsappSenderNumberProviderTypeEnum,
    )
    from .whatsapp_sender_register_dto import WhatsappSenderRegisterDto
    from .whatsapp_sender_registration_method_enum import (
        WhatsappSenderRegistrationMethodEnum,
    )
    from .whatsapp_sender_states_enum import WhatsappSenderStatesEnum
    from .whatsapp_sender_statuses_enum import WhatsappSenderStatusesEnum
    from .whatsapp_sender_whats_app_vertical_enum import (
        WhatsappSenderWhatsAppVerticalEnum,
    )
    from .whatsapp_solution_details_dto import WhatsappSolutionDetailsDto
    from .whatsapp_solution_details_input_dto import WhatsappSolutionDetailsInputDto
    from .whatsapp_solution_dto import WhatsappSolutionDto
    from .whatsapp_solution_input_dto import WhatsappSolutionInputDto
    from .whatsapp_solution_list_dto import WhatsappSolutionListDto
    from .whatsapp_solution_meta_app_dto import WhatsappSolutionMetaAppDto
    from .whatsapp_suggested_usernames_dto import WhatsappSuggestedUsernamesDto
    from .whatsapp_supported_app_dto import WhatsappSupportedAppDto
    from .whatsapp_supported_app_input_dto import WhatsappSupportedAppInputDto
    from .whatsapp_template_analytics_button_types_enum import (
        WhatsappTemplateAnalyticsButtonTypesEnum,
    )
    from .whatsapp_template_analytics_buttons_dto import (
        WhatsappTemplateAnalyticsButtonsDto,
    )
    from .whatsapp_template_analytics_date_ranges_enum import (
        WhatsappTemplateAnalyticsDateRangesEnum,
    )
    from .whatsapp_template_analytics_dto import WhatsappTemplateAnalyticsDto
    from .whatsapp_template_category_enum import WhatsappTemplateCategoryEnum
    from .whatsapp_template_changes_details_dto import WhatsappTemplateChangesDetailsDto
    from .whatsapp_template_changes_dto import WhatsappTemplateChangesDto
    from .whatsapp_template_compare_block_reasons_enum import (
        WhatsappTemplateCompareBlockReasonsEnum,
    )
    from .whatsapp_template_compare_dto import WhatsappTemplateCompareDto
    from .whatsapp_template_compare_identifier_dto import (
        WhatsappTemplateCompareIdentifierDto,
    )
    from .whatsapp_template_details_dto import WhatsappTemplateDetailsDto
    from .whatsapp_template_details_input_dto import WhatsappTemplateDetailsInputDto
    from .whatsapp_template_details_optimization_dto import (
        WhatsappTemplateDetailsOptimizationDto,
    )
    from .whatsapp_template_details_optimization_dto_bid_country_multiplier_overrides import (
        WhatsappTemplateDetailsOptimizationDtoBidCountryMultiplierOverrides,
    )
    from .whatsapp_template_dto import WhatsappTemplateDto
    from .whatsapp_template_dto_field_mask_paths_enum import (
        WhatsappTemplateDtoFieldMaskPathsEnum,
    )
    from .whatsapp_template_input_category_enum import WhatsappTemplateInputCategoryEnum
    from .whatsapp_template_input_dto import WhatsappTemplateInputDto
    from .whatsapp_template_languages_enum import WhatsappTemplateLanguagesEnum
    from .whatsapp_template_list_dto import WhatsappTemplateListDto
    from .whatsapp_template_notification_dto import WhatsappTemplateNotificationDto
    from .whatsapp_template_notification_list_dto import (
        WhatsappTemplateNotificationListDto,
    )
    from .whatsapp_template_notification_type_enum import (
        WhatsappTemplateNotificationTypeEnum,
    )
    from .whatsapp_template_quality_score_enum import WhatsappTemplateQualityScoreEnum
    from .whatsapp_template_rejection_code_enum import WhatsappTemplateRejectionCodeEnum
    from .whatsapp_template_states_enum import WhatsappTemplateStatesEnum
    from .whatsapp_template_statuses_enum import WhatsappTemplateStatusesEnum
    from .whatsapp_text_header_component_dto import WhatsappTextHeaderComponentDto
    from .whatsapp_text_header_component_input_dto import (
        WhatsappTextHeaderComponentInputDto,
    )
    from .whatsapp_update_sender_input_details_dto import (
        WhatsappUpdateSenderInputDetailsDto,
    )
    from .whatsapp_update_sender_input_dto import WhatsappUpdateSenderInputDto
    from .whatsapp_update_template_details_input_dto import (
        WhatsappUpdateTemplateDetailsInputDto,
    )
    from .whatsapp_update_template_input_dto import WhatsappUpdateTemplateInputDto
    from .whatsapp_url_button_dto import WhatsappUrlButtonDto
    from .whatsapp_url_button_input_dto import WhatsappUrlButtonInputDto
    from .whatsapp_waba_ban_states_enum import WhatsappWabaBanStatesEnum
    from .whatsapp_waba_details_dto import WhatsappWabaDetailsDto
    from .whatsapp_waba_details_list_dto import WhatsappWabaDetailsListDto
    from .whatsapp_waba_details_list_input_dto import WhatsappWabaDetailsListInputDto
    from .whatsapp_waba_numbers_dto import WhatsappWabaNumbersDto
    from .whatsapp_whats_app_flow_statuses_enum import WhatsappWhatsAppFlowStatusesEnum
    from .whatsapp_whats_app_sender_field_update_status_enum import (
        WhatsappWhatsAppSenderFieldUpdateStatusEnum,
    )

_MODULES: dict[str, str] = {
    "BundlesBundleServicesStateEnum": ".bundles_bundle_services_state_enum",
    "BundlesBundlesDto": ".bundles_bundles_dto",
    "BundlesBundlesInputRegionEnum": ".bundles_bundles_input_region_enum",
    "BundlesBundlesRegionEnum": ".bundles_bundles_region_enum",
    "BundlesBundlesSmsAppDto": ".bundles_bundles_sms_app_dto",
    "BundlesConversationAppChannelIntegrationStatusEnum": ".bundles_conversation_app_channel_integration_status_enum",
    "BundlesConversationAppConsentManagerSettingsDto": ".bundles_conversation_app_consent_manager_settings_dto",
    "BundlesConversationAppConsentManagerSettingsInputDto": ".bundles_conversation_app_consent_manager_settings_input_dto",
    "BundlesConversationAppConsentManagerSettingsModesEnum": ".bundles_conversation_app_consent_manager_settings_modes_enum",
    "BundlesConversationAppConversationRetentionPolicyInputDto": ".bundles_conversation_app_conversation_retention_policy_input_dto",
    "BundlesConversationAppDispatchRetentionPolicyInputDto": ".bundles_conversation_app_dispatch_retention_policy_input_dto",
    "BundlesConversationAppDto": ".bundles_conversation_app_dto",
    "BundlesConversationAppInputDto": ".bundles_conversation_app_input_dto",
    "BundlesConversationAppProcessingModesEnum": ".bundles_conversation_app_processing_modes_enum",
    "BundlesConversationAppRetentionPolicyDto": ".bundles_conversation_app_retention_policy_dto",
    "BundlesConversationAppRetentionPolicyTypesEnum": ".bundles_conversation_app_retention_policy_types_enum",
    "BundlesConversationAppWebhooksDto": ".bundles_conversation_app_webhooks_dto",
    "BundlesConversationAppWebhooksInputDto": ".bundles_conversation_app_webhooks_input_dto",
    "BundlesHttpStatusCodeEnum": ".bundles_http_status_code_enum",
    "BundlesInputBundlesDto": ".bundles_input_bundles_dto",
    "BundlesInputBundlesSmsAppDto": ".bundles_input_bundles_sms_app_dto",
    "BundlesInputConversationAppConsentManagerSettingsModesEnum": ".bundles_input_conversation_app_consent_manager_settings_modes_enum",
    "BundlesInputConversationAppConversationRetentionPolicyTypesEnum": ".bundles_input_conversation_app_conversation_retention_policy_types_enum",
    "BundlesInputConversationAppProcessingModesEnum": ".bundles_input_conversation_app_processing_modes_enum",
    "BundlesInputWebhookTargetTypesEnum": ".bundles_input_webhook_target_types_enum",
    "BundlesListBundlesDto": ".bundles_list_bundles_dto",
    "BundlesPapiErrorDto": ".bundles_papi_error_dto",
    "BundlesPapiErrorDtoAdditionalInformation": ".bundles_papi_error_dto_additional_information",
    "BundlesProvisioningStatesEnum": ".bundles_provisioning_states_enum",
    "BundlesSmsAppRegionsEnum": ".bundles_sms_app_regions_enum",
    "BundlesSubprojectDto": ".bundles_subproject_dto",
    "BundlesSubprojectDtoLabels": ".bundles_subproject_dto_labels",
    "BundlesSubprojectInputDto": ".bundles_subproject_input_dto",
    "BundlesSubprojectInputDtoLabels": ".bundles_subproject_input_dto_labels",
    "BundlesSubprojectStatusEnum": ".bundles_subproject_status_enum",
    "BundlesWebhookDeliveryStatusDto": ".bundles_webhook_delivery_status_dto",
    "BundlesWebhookDto": ".bundles_webhook_dto",
    "BundlesWebhookInputDto": ".bundles_webhook_input_dto",
    "BundlesWebhookTriggersEnum": ".bundles_webhook_triggers_enum",
    "BundlesWebhooksInputWebhookTriggerEnum": ".bundles_webhooks_input_webhook_trigger_enum",
    "BundlesWebhooksWebhookTriggerEnum": ".bundles_webhooks_webhook_trigger_enum",
    "ConversationAccountLocationDto": ".conversation_account_location_dto",
    "ConversationChannelStatusEnum": ".conversation_channel_status_enum",
    "ConversationInstagramInfoDto": ".conversation_instagram_info_dto",
    "ConversationMessengerInfoDto": ".conversation_messenger_info_dto",
    "ConversationPapiErrorDto": ".conversation_papi_error_dto",
    "ConversationPapiErrorDtoAdditionalInformation": ".conversation_papi_error_dto_additional_information",
    "ConversationTelegramBotInfoDto": ".conversation_telegram_bot_info_dto",
    "ConversationViberBotInfoDto": ".conversation_viber_bot_info_dto",
    "KakaotalkActionsEnum": ".kakaotalk_actions_enum",
    "KakaotalkButtonDto": ".kakaotalk_button_dto",
    "KakaotalkCommentDto": ".kakaotalk_comment_dto",
    "KakaotalkCommentInputDto": ".kakaotalk_comment_input_dto",
    "KakaotalkInputButtonDto": ".kakaotalk_input_button_dto",
    "KakaotalkInputKakaoTalkButtonTypeEnum": ".kakaotalk_input_kakao_talk_button_type_enum",
    "KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum": ".kakaotalk_input_kakao_talk_template_emphasize_type_enum",
    "KakaotalkInputKakaoTalkTemplateMessageTypeEnum": ".kakaotalk_input_kakao_talk_template_message_type_enum",
    "KakaotalkInputSenderDetailsDto": ".kakaotalk_input_sender_details_dto",
    "KakaotalkInputSenderDto": ".kakaotalk_input_sender_dto",
    "KakaotalkInputTemplateDetailsDto": ".kakaotalk_input_template_details_dto",
    "KakaotalkInputTemplateDto": ".kakaotalk_input_template_dto",
    "KakaotalkInputTemplateLanguagesEnum": ".kakaotalk_input_template_languages_enum",
    "KakaotalkInputUpdateSenderDetailsDto": ".kakaotalk_input_update_sender_details_dto",
    "KakaotalkInputUpdateSenderDto": ".kakaotalk_input_update_sender_dto",
    "KakaotalkInputUpdateTemplateDetailsDto": ".kakaotalk_input_update_template_details_dto",
    "KakaotalkInputUpdateTemplateDto": ".kakaotalk_input_update_template_dto",
    "KakaotalkInputVerifySenderDto": ".kakaotalk_input_verify_sender_dto",
    "KakaotalkKakaoTalkButtonTypeEnum": ".kakaotalk_kakao_talk_button_type_enum",
    "KakaotalkKakaoTalkTemplateEmphasizeTypeEnum": ".kakaotalk_kakao_talk_template_emphasize_type_enum",
    "KakaotalkKakaoTalkTemplateMessageTypeEnum": ".kakaotalk_kakao_talk_template_message_type_enum",
    "KakaotalkPapiErrorDto": ".kakaotalk_papi_error_dto",
    "KakaotalkPapiErrorDtoAdditionalInformation": ".kakaotalk_papi_error_dto_additional_information",
    "KakaotalkSenderCategoryDto": ".kakaotalk_sender_category_dto",
    "KakaotalkSenderCategoryListDto": ".kakaotalk_sender_category_list_dto",
    "KakaotalkSenderChangesDetailsDto": ".kakaotalk_sender_changes_details_dto",
    "KakaotalkSenderChangesDto": ".kakaotalk_sender_changes_dto",
    "KakaotalkSenderDetailsDto": ".kakaotalk_sender_details_dto",
    "KakaotalkSenderDto": ".kakaotalk_sender_dto",
    "KakaotalkSenderListDto": ".kakaotalk_sender_list_dto",
    "KakaotalkSenderNotificationDto": ".kakaotalk_sender_notification_dto",
    "KakaotalkSenderNotificationListDto": ".kakaotalk_sender_notification_list_dto",
    "KakaotalkSenderNotificationTypeEnum": ".kakaotalk_sender_notification_type_enum",
    "KakaotalkSenderStatesEnum": ".kakaotalk_sender_states_enum",
    "KakaotalkSenderStatusesEnum": ".kakaotalk_sender_statuses_enum",
    "KakaotalkTemplateCategoryDto": ".kakaotalk_template_category_dto",
    "KakaotalkTemplateCategoryEnglishNamesEnum": ".kakaotalk_template_category_english_names_enum",
    "KakaotalkTemplateCategoryListDto": ".kakaotalk_template_category_list_dto",
    "KakaotalkTemplateCategoryNamesEnum": ".kakaotalk_template_category_names_enum",
    "KakaotalkTemplateChangesDetailsDto": ".kakaotalk_template_changes_details_dto",
    "KakaotalkTemplateChangesDto": ".kakaotalk_template_changes_dto",
    "KakaotalkTemplateDetailsDto": ".kakaotalk_template_details_dto",
    "KakaotalkTemplateDto": ".kakaotalk_template_dto",
    "KakaotalkTemplateLanguagesEnum": ".kakaotalk_template_languages_enum",
    "KakaotalkTemplateListDto": ".kakaotalk_template_list_dto",
    "KakaotalkTemplateNotificationDto": ".kakaotalk_template_notification_dto",
    "KakaotalkTemplateNotificationListDto": ".kakaotalk_template_notification_list_dto",
    "KakaotalkTemplateNotificationTypeEnum": ".kakaotalk_template_notification_type_enum",
    "KakaotalkTemplateStatesEnum": ".kakaotalk_template_states_enum",
    "KakaotalkTemplateStatusesEnum": ".kakaotalk_template_statuses_enum",
    "KakaotalkTemplateSubcategoryDto": ".kakaotalk_template_subcategory_dto",
    "KakaotalkTemplateSubcategoryEnglishNamesEnum": ".kakaotalk_template_subcategory_english_names_enum",
    "KakaotalkTemplateSubcategoryNamesEnum": ".kakaotalk_template_subcategory_names_enum",
    "RcsAccountNotificationDto": ".rcs_account_notification_dto",
    "RcsAccountNotificationListDto": ".rcs_account_notification_list_dto",
    "RcsAccountNotificationTypeEnum": ".rcs_account_notification_type_enum",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto": ".rcs_brand_campaign_sender_details_questionnaire_us_answers_dto",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSBaseDto": ".rcs_brand_campaign_sender_details_questionnaire_us_base_dto",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSDto": ".rcs_brand_campaign_sender_details_questionnaire_us_dto",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_brand_campaign_sender_details_questionnaire_us_questions_dto",
    "RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_brand_campaign_update_sender_details_questionnaire_us_answers_input_dto",
    "RcsBrandRegistrationDto": ".rcs_brand_registration_dto",
    "RcsBrandRegistrationProcessDto": ".rcs_brand_registration_process_dto",
    "RcsBrandRegistrationProcessStatusesEnum": ".rcs_brand_registration_process_statuses_enum",
    "RcsBrandRegistrationStatusesEnum": ".rcs_brand_registration_statuses_enum",
    "RcsCampaignRegistrationDto": ".rcs_campaign_registration_dto",
    "RcsCommentDto": ".rcs_comment_dto",
    "RcsCommentInputDto": ".rcs_comment_input_dto",
    "RcsConversationApiAppDto": ".rcs_conversation_api_app_dto",
    "RcsConversationApiAppRegionsEnum": ".rcs_conversation_api_app_regions_enum",
    "RcsConversationAppChannelIntegrationStatusEnum": ".rcs_conversation_app_channel_integration_status_enum",
    "RcsCountryCodesEnum": ".rcs_country_codes_enum",
    "RcsCountryStatusDto": ".rcs_country_status_dto",
    "RcsDefaultSenderDetailsQuestionnaireUSDto": ".rcs_default_sender_details_questionnaire_us_dto",
    "RcsDefaultSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_default_sender_details_questionnaire_us_questions_dto",
    "RcsEmailDto": ".rcs_email_dto",
    "RcsEmailInputDto": ".rcs_email_input_dto",
    "RcsInputCountryCodesEnum": ".rcs_input_country_codes_enum",
    "RcsInputCountryCodesNonUsEnum": ".rcs_input_country_codes_non_us_enum",
    "RcsInputRcsCountryCodesEnum": ".rcs_input_rcs_country_codes_enum",
    "RcsInputSenderBillingCategoriesEnum": ".rcs_input_sender_billing_categories_enum",
    "RcsInputSenderRegionsEnum": ".rcs_input_sender_regions_enum",
    "RcsInputSenderUseCasesEnum": ".rcs_input_sender_use_cases_enum",
    "RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto",
    "RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_non_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto",
    "RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_answers_input_dto",
    "RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_non_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto",
    "RcsOperatorDto": ".rcs_operator_dto",
    "RcsOperatorStatusEnum": ".rcs_operator_status_enum",
    "RcsPapiErrorDto": ".rcs_papi_error_dto",
    "RcsPapiErrorDtoAdditionalInformation": ".rcs_papi_error_dto_additional_information",
    "RcsPhoneDto": ".rcs_phone_dto",
    "RcsPhoneInputDto": ".rcs_phone_input_dto",
    "RcsPrivateUsQuestionnaireBrandLegalFormsEnum": ".rcs_private_us_questionnaire_brand_legal_forms_enum",
    "RcsSenderBillingCategoriesEnum": ".rcs_sender_billing_categories_enum",
    "RcsSenderDetailsBrandDto": ".rcs_sender_details_brand_dto",
    "RcsSenderDetailsBrandInputDto": ".rcs_sender_details_brand_input_dto",
    "RcsSenderDetailsDto": ".rcs_sender_details_dto",
    "RcsSenderDetailsInputDto": ".rcs_sender_details_input_dto",
    "RcsSenderDetailsQuestionnaireAnswerMetadataDto": ".rcs_sender_details_questionnaire_answer_metadata_dto",
    "RcsSenderDetailsQuestionnaireAnswerMetadataInputDto": ".rcs_sender_details_questionnaire_answer_metadata_input_dto",
    "RcsSenderDetailsQuestionnaireBaseDto": ".rcs_sender_details_questionnaire_base_dto",
    "RcsSenderDetailsQuestionnaireDto": ".rcs_sender_details_questionnaire_dto",
    "RcsSenderDetailsQuestionnaireFRAnswersDto": ".rcs_sender_details_questionnaire_fr_answers_dto",
    "RcsSenderDetailsQuestionnaireFRAnswersInputDto": ".rcs_sender_details_questionnaire_fr_answers_input_dto",
    "RcsSenderDetailsQuestionnaireFRBaseDto": ".rcs_sender_details_questionnaire_fr_base_dto",
    "RcsSenderDetailsQuestionnaireFRDto": ".rcs_sender_details_questionnaire_fr_dto",
    "RcsSenderDetailsQuestionnaireFRInputDto": ".rcs_sender_details_questionnaire_fr_input_dto",
    "RcsSenderDetailsQuestionnaireFRQuestionsDto": ".rcs_sender_details_questionnaire_fr_questions_dto",
    "RcsSenderDetailsQuestionnaireGBAnswersDto": ".rcs_sender_details_questionnaire_gb_answers_dto",
    "RcsSenderDetailsQuestionnaireGBAnswersInputDto": ".rcs_sender_details_questionnaire_gb_answers_input_dto",
    "RcsSenderDetailsQuestionnaireGBBaseDto": ".rcs_sender_details_questionnaire_gb_base_dto",
    "RcsSenderDetailsQuestionnaireGBDto": ".rcs_sender_details_questionnaire_gb_dto",
    "RcsSenderDetailsQuestionnaireGBInputDto": ".rcs_sender_details_questionnaire_gb_input_dto",
    "RcsSenderDetailsQuestionnaireGBQuestionsDto": ".rcs_sender_details_questionnaire_gb_questions_dto",
    "RcsSenderDetailsQuestionnaireGeneralAnswersDto": ".rcs_sender_details_questionnaire_general_answers_dto",
    "RcsSenderDetailsQuestionnaireGeneralAnswersInputDto": ".rcs_sender_details_questionnaire_general_answers_input_dto",
    "RcsSenderDetailsQuestionnaireGeneralBaseDto": ".rcs_sender_details_questionnaire_general_base_dto",
    "RcsSenderDetailsQuestionnaireGeneralDto": ".rcs_sender_details_questionnaire_general_dto",
    "RcsSenderDetailsQuestionnaireGeneralInputDto": ".rcs_sender_details_questionnaire_general_input_dto",
    "RcsSenderDetailsQuestionnaireGeneralQuestionsDto": ".rcs_sender_details_questionnaire_general_questions_dto",
    "RcsSenderDetailsQuestionnaireInputDto": ".rcs_sender_details_questionnaire_input_dto",
    "RcsSenderDetailsQuestionnaireQuestionObjectDto": ".rcs_sender_details_questionnaire_question_object_dto",
    "RcsSenderDetailsQuestionnaireUSAnswersDto": ".rcs_sender_details_questionnaire_us_answers_dto",
    "RcsSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_sender_details_questionnaire_us_answers_input_dto",
    "RcsSenderDetailsQuestionnaireUSBaseDto": ".rcs_sender_details_questionnaire_us_base_dto",
    "RcsSenderDetailsQuestionnaireUSDto": ".rcs_sender_details_questionnaire_us_dto",
    "RcsSenderDetailsQuestionnaireUSInputDto": ".rcs_sender_details_questionnaire_us_input_dto",
    "RcsSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_sender_details_questionnaire_us_questions_dto",
    "RcsSenderDetailsQuestionnaireVerificationAnswersDto": ".rcs_sender_details_questionnaire_verification_answers_dto",
    "RcsSenderDetailsQuestionnaireVerificationAnswersInputDto": ".rcs_sender_details_questionnaire_verification_answers_input_dto",
    "RcsSenderDetailsQuestionnaireVerificationBaseDto": ".rcs_sender_details_questionnaire_verification_base_dto",
    "RcsSenderDetailsQuestionnaireVerificationDto": ".rcs_sender_details_questionnaire_verification_dto",
    "RcsSenderDetailsQuestionnaireVerificationInputDto": ".rcs_sender_details_questionnaire_verification_input_dto",
    "RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto": ".rcs_sender_details_questionnaire_verification_partner_answers_dto",
    "RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto": ".rcs_sender_details_questionnaire_verification_partner_answers_input_dto",
    "RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto": ".rcs_sender_details_questionnaire_verification_partner_questions_dto",
    "RcsSenderDetailsQuestionnaireVerificationQuestionsDto": ".rcs_sender_details_questionnaire_verification_questions_dto",
    "RcsSenderDto": ".rcs_sender_dto",
    "RcsSenderHostingRegionsEnum": ".rcs_sender_hosting_regions_enum",
    "RcsSenderInputDto": ".rcs_sender_input_dto",
    "RcsSenderListDto": ".rcs_sender_list_dto",
    "RcsSenderNotificationDto": ".rcs_sender_notification_dto",
    "RcsSenderNotificationListDto": ".rcs_sender_notification_list_dto",
    "RcsSenderNotificationTypeEnum": ".rcs_sender_notification_type_enum",
    "RcsSenderRegionsEnum": ".rcs_sender_regions_enum",
    "RcsSenderSortColumnsEnum": ".rcs_sender_sort_columns_enum",
    "RcsSenderStatesEnum": ".rcs_sender_states_enum",
    "RcsSenderUseCasesEnum": ".rcs_sender_use_cases_enum",
    "RcsSortDirectionsEnum": ".rcs_sort_directions_enum",
    "RcsSupplierDetailsDto": ".rcs_supplier_details_dto",
    "RcsSupplierDetailsGoogleDto": ".rcs_supplier_details_google_dto",
    "RcsTestNumberCapabilitiesDto": ".rcs_test_number_capabilities_dto",
    "RcsTestNumberCapabilitiesFeaturesEnum": ".rcs_test_number_capabilities_features_enum",
    "RcsTestNumberStateDto": ".rcs_test_number_state_dto",
    "RcsTestNumberStatesEnum": ".rcs_test_number_states_enum",
    "RcsTestNumbersDto": ".rcs_test_numbers_dto",
    "RcsTestNumbersInputDto": ".rcs_test_numbers_input_dto",
    "RcsUpdateSenderDetailsBrandInputDto": ".rcs_update_sender_details_brand_input_dto",
    "RcsUpdateSenderDetailsInputDto": ".rcs_update_sender_details_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto": ".rcs_update_sender_details_questionnaire_answer_metadata_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto": ".rcs_update_sender_details_questionnaire_fr_answers_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireFRInputDto": ".rcs_update_sender_details_questionnaire_fr_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto": ".rcs_update_sender_details_questionnaire_gb_answers_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireGBInputDto": ".rcs_update_sender_details_questionnaire_gb_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto": ".rcs_update_sender_details_questionnaire_general_answers_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireGeneralInputDto": ".rcs_update_sender_details_questionnaire_general_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireInputDto": ".rcs_update_sender_details_questionnaire_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_update_sender_details_questionnaire_us_answers_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireUSInputDto": ".rcs_update_sender_details_questionnaire_us_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto": ".rcs_update_sender_details_questionnaire_verification_answers_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireVerificationInputDto": ".rcs_update_sender_details_questionnaire_verification_input_dto",
    "RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto": ".rcs_update_sender_details_questionnaire_verification_partner_answers_input_dto",
    "RcsUpdateSenderInputDto": ".rcs_update_sender_input_dto",
    "RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_us_private_brand_campaign_sender_details_questionnaire_us_answers_input_dto",
    "RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_us_private_brand_campaign_sender_details_questionnaire_us_questions_dto",
    "RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto": ".rcs_us_public_brand_campaign_sender_details_questionnaire_us_answers_input_dto",
    "RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto": ".rcs_us_public_brand_campaign_sender_details_questionnaire_us_questions_dto",
    "RcsUsQuestionnaireBrandCampaignVersionsEnum": ".rcs_us_questionnaire_brand_campaign_versions_enum",
    "RcsUsQuestionnaireBrandIndustriesEnum": ".rcs_us_questionnaire_brand_industries_enum",
    "RcsUsQuestionnaireBrandLegalFormsEnum": ".rcs_us_questionnaire_brand_legal_forms_enum",
    "RcsUsQuestionnaireOwnershipTypeEnum": ".rcs_us_questionnaire_ownership_type_enum",
    "RcsUsQuestionnaireVersionsEnum": ".rcs_us_questionnaire_versions_enum",
    "RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto": ".rcs_us_sender_details_questionnaire_verification_answers_input_dto",
    "RcsUsStatesEnum": ".rcs_us_states_enum",
    "RcsWebsiteDto": ".rcs_website_dto",
    "RcsWebsiteInputDto": ".rcs_website_input_dto",
    "SmsConversationApiAppDto": ".sms_conversation_api_app_dto",
    "SmsConversationApiAppRegionsEnum": ".sms_conversation_api_app_regions_enum",
    "SmsConversationAppChannelIntegrationStatusEnum": ".sms_conversation_app_channel_integration_status_enum",
    "SmsInputSmsAppDto": ".sms_input_sms_app_dto",
    "SmsInputSmsAppRegionsEnum": ".sms_input_sms_app_regions_enum",
    "SmsPapiErrorDto": ".sms_papi_error_dto",
    "SmsPapiErrorDtoAdditionalInformation": ".sms_papi_error_dto_additional_information",
    "SmsProvisioningStatesEnum": ".sms_provisioning_states_enum",
    "SmsSmsAppDto": ".sms_sms_app_dto",
    "SmsSmsAppListDto": ".sms_sms_app_list_dto",
    "SmsSmsAppRegionsEnum": ".sms_sms_app_regions_enum",
    "SmsUpdateSmsAppDto": ".sms_update_sms_app_dto",
    "WebhookPapiErrorDto": ".webhook_papi_error_dto",
    "WebhookPapiErrorDtoAdditionalInformation": ".webhook_papi_error_dto_additional_information",
    "WebhookUpdateWebhookInputDto": ".webhook_update_webhook_input_dto",
    "WebhookUpdateWebhookInputDtoSecret": ".webhook_update_webhook_input_dto_secret",
    "WebhookUpdateWebhookInputDtoTarget": ".webhook_update_webhook_input_dto_target",
    "WebhookWebhookDto": ".webhook_webhook_dto",
    "WebhookWebhookInputDto": ".webhook_webhook_input_dto",
    "WebhookWebhookListDto": ".webhook_webhook_list_dto",
    "WebhookWebhookTriggersEnum": ".webhook_webhook_triggers_enum",
    "WhatsappAccountChangeStateEnum": ".whatsapp_account_change_state_enum",
    "WhatsappAccountChangesDetailsDto": ".whatsapp_account_changes_details_dto",
    "WhatsappAccountChangesDto": ".whatsapp_account_changes_dto",
    "WhatsappAccountDetailsDto": ".whatsapp_account_details_dto",
    "WhatsappAccountDto": ".whatsapp_account_dto",
    "WhatsappAccountNotificationDto": ".whatsapp_account_notification_dto",
    "WhatsappAccountNotificationListDto": ".whatsapp_account_notification_list_dto",
    "WhatsappAccountNotificationTypeEnum": ".whatsapp_account_notification_type_enum",
    "WhatsappAccountSenderRelatedChangesDetailsDto": ".whatsapp_account_sender_related_changes_details_dto",
    "WhatsappAccountSenderRelatedDetailsDto": ".whatsapp_account_sender_related_details_dto",
    "WhatsappAccountStateEnum": ".whatsapp_account_state_enum",
    "WhatsappActionsEnum": ".whatsapp_actions_enum",
    "WhatsappBidStrategiesEnum": ".whatsapp_bid_strategies_enum",
    "WhatsappBodyComponentDto": ".whatsapp_body_component_dto",
    "WhatsappBodyComponentInputDto": ".whatsapp_body_component_input_dto",
    "WhatsappBusinessManagersEnum": ".whatsapp_business_managers_enum",
    "WhatsappButtonsComponentDto": ".whatsapp_buttons_component_dto",
    "WhatsappButtonsComponentInputDto": ".whatsapp_buttons_component_input_dto",
    "WhatsappCardBodyComponentDto": ".whatsapp_card_body_component_dto",
    "WhatsappCardButtonsComponentDto": ".whatsapp_card_buttons_component_dto",
    "WhatsappCardDto": ".whatsapp_card_dto",
    "WhatsappCardHeaderComponentDto": ".whatsapp_card_header_component_dto",
    "WhatsappCardHeaderComponentFormatsEnum": ".whatsapp_card_header_component_formats_enum",
    "WhatsappCarouselComponentDto": ".whatsapp_carousel_component_dto",
    "WhatsappCommentDto": ".whatsapp_comment_dto",
    "WhatsappCommentInputDto": ".whatsapp_comment_input_dto",
    "WhatsappConversationApiAppDto": ".whatsapp_conversation_api_app_dto",
    "WhatsappConversationApiAppRegionsEnum": ".whatsapp_conversation_api_app_regions_enum",
    "WhatsappConversationAppChannelIntegrationStatusEnum": ".whatsapp_conversation_app_channel_integration_status_enum",
    "WhatsappConversationAppRegionsEnum": ".whatsapp_conversation_app_regions_enum",
    "WhatsappCopyCodeButtonDto": ".whatsapp_copy_code_button_dto",
    "WhatsappCopyCodeButtonInputDto": ".whatsapp_copy_code_button_input_dto",
    "WhatsappCountryCodesEnum": ".whatsapp_country_codes_enum",
    "WhatsappCreateSolutionListDto": ".whatsapp_create_solution_list_dto",
    "WhatsappDailyLimitEnum": ".whatsapp_daily_limit_enum",
    "WhatsappFailedSolutionDto": ".whatsapp_failed_solution_dto",
    "WhatsappFailedSolutionErrorsEnum": ".whatsapp_failed_solution_errors_enum",
    "WhatsappFlowActionEnum": ".whatsapp_flow_action_enum",
    "WhatsappFlowButtonDto": ".whatsapp_flow_button_dto",
    "WhatsappFlowButtonInputDto": ".whatsapp_flow_button_input_dto",
    "WhatsappFlowDto": ".whatsapp_flow_dto",
    "WhatsappFlowListDto": ".whatsapp_flow_list_dto",
    "WhatsappFlowScreenDto": ".whatsapp_flow_screen_dto",
    "WhatsappFlowScreenListDto": ".whatsapp_flow_screen_list_dto",
    "WhatsappFooterComponentDto": ".whatsapp_footer_component_dto",
    "WhatsappFooterComponentInputDto": ".whatsapp_footer_component_input_dto",
    "WhatsappInputAccountDtoDeprecated": ".whatsapp_input_account_dto_deprecated",
    "WhatsappInputAccountPartnerInitiatedDto": ".whatsapp_input_account_partner_initiated_dto",
    "WhatsappInputAccountSenderRelatedDetailsDto": ".whatsapp_input_account_sender_related_details_dto",
    "WhatsappInputAccountSenderRelatedUpdateDetailsDto": ".whatsapp_input_account_sender_related_update_details_dto",
    "WhatsappInputAccountWhatsAppVerticalsEnum": ".whatsapp_input_account_whats_app_verticals_enum",
    "WhatsappInputBusinessManagersEnum": ".whatsapp_input_business_managers_enum",
    "WhatsappInputBusinessManagersPublicDocumentationEnum": ".whatsapp_input_business_managers_public_documentation_enum",
    "WhatsappInputCardBodyComponentDto": ".whatsapp_input_card_body_component_dto",
    "WhatsappInputCardButtonsComponentDto": ".whatsapp_input_card_buttons_component_dto",
    "WhatsappInputCardDto": ".whatsapp_input_card_dto",
    "WhatsappInputCardHeaderComponentDto": ".whatsapp_input_card_header_component_dto",
    "WhatsappInputCardMediaHeaderExampleDto": ".whatsapp_input_card_media_header_example_dto",
    "WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum": ".whatsapp_input_card_media_header_example_supported_mime_types_enum",
    "WhatsappInputCarouselComponentDto": ".whatsapp_input_carousel_component_dto",
    "WhatsappInputFlowActionEnum": ".whatsapp_input_flow_action_enum",
    "WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum": ".whatsapp_input_media_header_example_supported_mime_types_enum",
    "WhatsappInputOtpTypeEnum": ".whatsapp_input_otp_type_enum",
    "WhatsappInputSenderPartnerInitiatedDetailsDto": ".whatsapp_input_sender_partner_initiated_details_dto",
    "WhatsappInputSenderPartnerInitiatedDto": ".whatsapp_input_sender_partner_initiated_dto",
    "WhatsappInputSenderPhoneProvisioningDetailsDto": ".whatsapp_input_sender_phone_provisioning_details_dto",
    "WhatsappInputSenderPhoneProvisioningDto": ".whatsapp_input_sender_phone_provisioning_dto",
    "WhatsappInputTemplateCompareDto": ".whatsapp_input_template_compare_dto",
    "WhatsappInputTemplateCompareIdentifierDto": ".whatsapp_input_template_compare_identifier_dto",
    "WhatsappInputTemplateCompareTimeframesEnum": ".whatsapp_input_template_compare_timeframes_enum",
    "WhatsappInputTemplateDetailsOptimization": ".whatsapp_input_template_details_optimization",
    "WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides": ".whatsapp_input_template_details_optimization_bid_country_multiplier_overrides",
    "WhatsappInputTemplateLanguagesEnum": ".whatsapp_input_template_languages_enum",
    "WhatsappInputUpdateAccountDto": ".whatsapp_input_update_account_dto",
    "WhatsappInputUpdateTemplateDetailsOptimization": ".whatsapp_input_update_template_details_optimization",
    "WhatsappInputUpdateTemplateDetailsOptimizationBidCountryMultiplierOverridesType0": ".whatsapp_input_update_template_details_optimization_bid_country_multiplier_overrides_type_0",
    "WhatsappLimitedTimeOfferComponentDto": ".whatsapp_limited_time_offer_component_dto",
    "WhatsappLimitedTimeOfferComponentInputDto": ".whatsapp_limited_time_offer_component_input_dto",
    "WhatsappLocationHeaderComponentDto": ".whatsapp_location_header_component_dto",
    "WhatsappLocationHeaderComponentInputDto": ".whatsapp_location_header_component_input_dto",
    "WhatsappLongLivedAccessTokenDto": ".whatsapp_long_lived_access_token_dto",
    "WhatsappLongLivedAccessTokenInputDto": ".whatsapp_long_lived_access_token_input_dto",
    "WhatsappMediaHeaderComponentDto": ".whatsapp_media_header_component_dto",
    "WhatsappMediaHeaderComponentFormatEnum": ".whatsapp_media_header_component_format_enum",
    "WhatsappMediaHeaderComponentInputDto": ".whatsapp_media_header_component_input_dto",
    "WhatsappMediaHeaderExampleDto": ".whatsapp_media_header_example_dto",
    "WhatsappMediaHeaderExampleInputDto": ".whatsapp_media_header_example_input_dto",
    "WhatsappOrderDetailsButtonDto": ".whatsapp_order_details_button_dto",
    "WhatsappOrderDetailsButtonInputDto": ".whatsapp_order_details_button_input_dto",
    "WhatsappOtpButtonDto": ".whatsapp_otp_button_dto",
    "WhatsappOtpButtonInputDto": ".whatsapp_otp_button_input_dto",
    "WhatsappOtpTypeEnum": ".whatsapp_otp_type_enum",
    "WhatsappPapiErrorDto": ".whatsapp_papi_error_dto",
    "WhatsappPapiErrorDtoAdditionalInformation": ".whatsapp_papi_error_dto_additional_information",
    "WhatsappPartialBodyComponentDto": ".whatsapp_partial_body_component_dto",
    "WhatsappPartialButtonsComponentDto": ".whatsapp_partial_buttons_component_dto",
    "WhatsappPartialCardBodyComponentDto": ".whatsapp_partial_card_body_component_dto",
    "WhatsappPartialCardButtonsComponentDto": ".whatsapp_partial_card_buttons_component_dto",
    "WhatsappPartialCardDto": ".whatsapp_partial_card_dto",
    "WhatsappPartialCardHeaderComponentDto": ".whatsapp_partial_card_header_component_dto",
    "WhatsappPartialCarouselComponentDto": ".whatsapp_partial_carousel_component_dto",
    "WhatsappPartialFlowButtonDto": ".whatsapp_partial_flow_button_dto",
    "WhatsappPartialFooterComponentDto": ".whatsapp_partial_footer_component_dto",
    "WhatsappPartialLimitedTimeOfferComponentDto": ".whatsapp_partial_limited_time_offer_component_dto",
    "WhatsappPartialLocationHeaderComponentDto": ".whatsapp_partial_location_header_component_dto",
    "WhatsappPartialMediaHeaderComponentDto": ".whatsapp_partial_media_header_component_dto",
    "WhatsappPartialMediaHeaderExampleDto": ".whatsapp_partial_media_header_example_dto",
    "WhatsappPartialOtpButtonDto": ".whatsapp_partial_otp_button_dto",
    "WhatsappPartialPhoneNumberButtonDto": ".whatsapp_partial_phone_number_button_dto",
    "WhatsappPartialQuickReplyButtonDto": ".whatsapp_partial_quick_reply_button_dto",
    "WhatsappPartialTemplateAnalyticsButtonsDto": ".whatsapp_partial_template_analytics_buttons_dto",
    "WhatsappPartialTemplateAnalyticsDto": ".whatsapp_partial_template_analytics_dto",
    "WhatsappPartialTemplateChangesDto": ".whatsapp_partial_template_changes_dto",
    "WhatsappPartialTemplateDetailsDto": ".whatsapp_partial_template_details_dto",
    "WhatsappPartialTemplateDto": ".whatsapp_partial_template_dto",
    "WhatsappPartialTemplateListDto": ".whatsapp_partial_template_list_dto",
    "WhatsappPartialTextHeaderComponentDto": ".whatsapp_partial_text_header_component_dto",
    "WhatsappPartialUrlButtonDto": ".whatsapp_partial_url_button_dto",
    "WhatsappPhoneNumberButtonDto": ".whatsapp_phone_number_button_dto",
    "WhatsappPhoneNumberButtonInputDto": ".whatsapp_phone_number_button_input_dto",
    "WhatsappQualityRatingEnum": ".whatsapp_quality_rating_enum",
    "WhatsappQuickReplyButtonDto": ".whatsapp_quick_reply_button_dto",
    "WhatsappQuickReplyButtonInputDto": ".whatsapp_quick_reply_button_input_dto",
    "WhatsappRequestContactInfoButtonDto": ".whatsapp_request_contact_info_button_dto",
    "WhatsappRequestContactInfoButtonInputDto": ".whatsapp_request_contact_info_button_input_dto",
    "WhatsappSenderBotRegionEnum": ".whatsapp_sender_bot_region_enum",
    "WhatsappSenderChangesDetailsDto": ".whatsapp_sender_changes_details_dto",
    "WhatsappSenderChangesDto": ".whatsapp_sender_changes_dto",
    "WhatsappSenderDetailsDto": ".whatsapp_sender_details_dto",
    "WhatsappSenderDto": ".whatsapp_sender_dto",
    "WhatsappSenderErrorCodeEnum": ".whatsapp_sender_error_code_enum",
    "WhatsappSenderInputBotRegionEnum": ".whatsapp_sender_input_bot_region_enum",
    "WhatsappSenderInputDetailsDto": ".whatsapp_sender_input_details_dto",
    "WhatsappSenderInputDtoDeprecated": ".whatsapp_sender_input_dto_deprecated",
    "WhatsappSenderInputEsDto": ".whatsapp_sender_input_es_dto",
    "WhatsappSenderInputMetaLocalStoragesEnum": ".whatsapp_sender_input_meta_local_storages_enum",
    "WhatsappSenderInputNumberProviderTypeEnum": ".whatsapp_sender_input_number_provider_type_enum",
    "WhatsappSenderInputRegionEnum": ".whatsapp_sender_input_region_enum",
    "WhatsappSenderInputRegisterDto": ".whatsapp_sender_input_register_dto",
    "WhatsappSenderInputRegistrationMethodEnum": ".whatsapp_sender_input_registration_method_enum",
    "WhatsappSenderInputVerifyDto": ".whatsapp_sender_input_verify_dto",
    "WhatsappSenderInputWhatsAppVerticalEnum": ".whatsapp_sender_input_whats_app_vertical_enum",
    "WhatsappSenderListDto": ".whatsapp_sender_list_dto",
    "WhatsappSenderMetaLocalStoragesEnum": ".whatsapp_sender_meta_local_storages_enum",
    "WhatsappSenderMetadataDto": ".whatsapp_sender_metadata_dto",
    "WhatsappSenderMetadataFieldDto": ".whatsapp_sender_metadata_field_dto",
    "WhatsappSenderNotificationDto": ".whatsapp_sender_notification_dto",
    "WhatsappSenderNotificationListDto": ".whatsapp_sender_notification_list_dto",
    "WhatsappSenderNotificationTypeEnum": ".whatsapp_sender_notification_type_enum",
    "WhatsappSenderNumberProviderTypeEnum": ".whatsapp_sender_number_provider_type_enum",
    "WhatsappSenderRegisterDto": ".whatsapp_sender_register_dto",
    "WhatsappSenderRegistrationMethodEnum": ".whatsapp_sender_registration_method_enum",
    "WhatsappSenderStatesEnum": ".whatsapp_sender_states_enum",
    "WhatsappSenderStatusesEnum": ".whatsapp_sender_statuses_enum",
    "WhatsappSenderWhatsAppVerticalEnum": ".whatsapp_sender_whats_app_vertical_enum",
    "WhatsappSolutionDetailsDto": ".whatsapp_solution_details_dto",
    "WhatsappSolutionDetailsInputDto": ".whatsapp_solution_details_input_dto",
    "WhatsappSolutionDto": ".whatsapp_solution_dto",
    "WhatsappSolutionInputDto": ".whatsapp_solution_input_dto",
    "WhatsappSolutionListDto": ".whatsapp_solution_list_dto",
    "WhatsappSolutionMetaAppDto": ".whatsapp_solution_meta_app_dto",
    "WhatsappSuggestedUsernamesDto": ".whatsapp_suggested_usernames_dto",
    "WhatsappSupportedAppDto": ".whatsapp_supported_app_dto",
    "WhatsappSupportedAppInputDto": ".whatsapp_supported_app_input_dto",
    "WhatsappTemplateAnalyticsButtonTypesEnum": ".whatsapp_template_analytics_button_types_enum",
    "WhatsappTemplateAnalyticsButtonsDto": ".whatsapp_template_analytics_buttons_dto",
    "WhatsappTemplateAnalyticsDateRangesEnum": ".whatsapp_template_analytics_date_ranges_enum",
    "WhatsappTemplateAnalyticsDto": ".whatsapp_template_analytics_dto",
    "WhatsappTemplateCategoryEnum": ".whatsapp_template_category_enum",
    "WhatsappTemplateChangesDetailsDto": ".whatsapp_template_changes_details_dto",
    "WhatsappTemplateChangesDto": ".whatsapp_template_changes_dto",
    "WhatsappTemplateCompareBlockReasonsEnum": ".whatsapp_template_compare_block_reasons_enum",
    "WhatsappTemplateCompareDto": ".whatsapp_template_compare_dto",
    "WhatsappTemplateCompareIdentifierDto": ".whatsapp_template_compare_identifier_dto",
    "WhatsappTemplateDetailsDto": ".whatsapp_template_details_dto",
    "WhatsappTemplateDetailsInputDto": ".whatsapp_template_details_input_dto",
    "WhatsappTemplateDetailsOptimizationDto": ".whatsapp_template_details_optimization_dto",
    "WhatsappTemplateDetailsOptimizationDtoBidCountryMultiplierOverrides": ".whatsapp_template_details_optimization_dto_bid_country_multiplier_overrides",
    "WhatsappTemplateDto": ".whatsapp_template_dto",
    "WhatsappTemplateDtoFieldMaskPathsEnum": ".whatsapp_template_dto_field_mask_paths_enum",
    "WhatsappTemplateInputCategoryEnum": ".whatsapp_template_input_category_enum",
    "WhatsappTemplateInputDto": ".whatsapp_template_input_dto",
    "WhatsappTemplateLanguagesEnum": ".whatsapp_template_languages_enum",
    "WhatsappTemplateListDto": ".whatsapp_template_list_dto",
    "WhatsappTemplateNotificationDto": ".whatsapp_template_notification_dto",
    "WhatsappTemplateNotificationListDto": ".whatsapp_template_notification_list_dto",
    "WhatsappTemplateNotificationTypeEnum": ".whatsapp_template_notification_type_enum",
    "WhatsappTemplateQualityScoreEnum": ".whatsapp_template_quality_score_enum",
    "WhatsappTemplateRejectionCodeEnum": ".whatsapp_template_rejection_code_enum",
    "WhatsappTemplateStatesEnum": ".whatsapp_template_states_enum",
    "WhatsappTemplateStatusesEnum": ".whatsapp_template_statuses_enum",
    "WhatsappTextHeaderComponentDto": ".whatsapp_text_header_component_dto",
    "WhatsappTextHeaderComponentInputDto": ".whatsapp_text_header_component_input_dto",
    "WhatsappUpdateSenderInputDetailsDto": ".whatsapp_update_sender_input_details_dto",
    "WhatsappUpdateSenderInputDto": ".whatsapp_update_sender_input_dto",
    "WhatsappUpdateTemplateDetailsInputDto": ".whatsapp_update_template_details_input_dto",
    "WhatsappUpdateTemplateInputDto": ".whatsapp_update_template_input_dto",
    "WhatsappUrlButtonDto": ".whatsapp_url_button_dto",
    "WhatsappUrlButtonInputDto": ".whatsapp_url_button_input_dto",
    "WhatsappWabaBanStatesEnum": ".whatsapp_waba_ban_states_enum",
    "WhatsappWabaDetailsDto": ".whatsapp_waba_details_dto",
    "WhatsappWabaDetailsListDto": ".whatsapp_waba_details_list_dto",
    "WhatsappWabaDetailsListInputDto": ".whatsapp_waba_details_list_input_dto",
    "WhatsappWabaNumbersDto": ".whatsapp_waba_numbers_dto",
    "WhatsappWhatsAppFlowStatusesEnum": ".whatsapp_whats_app_flow_statuses_enum",
    "WhatsappWhatsAppSenderFieldUpdateStatusEnum": ".whatsapp_whats_app_sender_field_update_status_enum",
}

__all__ = (
    "BundlesBundleServicesStateEnum",
    "BundlesBundlesDto",
    "BundlesBundlesInputRegionEnum",
    "BundlesBundlesRegionEnum",
    "BundlesBundlesSmsAppDto",
    "BundlesConversationAppChannelIntegrationStatusEnum",
    "BundlesConversationAppConsentManagerSettingsDto",
    "BundlesConversationAppConsentManagerSettingsInputDto",
    "BundlesConversationAppConsentManagerSettingsModesEnum",
    "BundlesConversationAppConversationRetentionPolicyInputDto",
    "BundlesConversationAppDispatchRetentionPolicyInputDto",
    "BundlesConversationAppDto",
    "BundlesConversationAppInputDto",
    "BundlesConversationAppProcessingModesEnum",
    "BundlesConversationAppRetentionPolicyDto",
    "BundlesConversationAppRetentionPolicyTypesEnum",
    "BundlesConversationAppWebhooksDto",
    "BundlesConversationAppWebhooksInputDto",
    "BundlesHttpStatusCodeEnum",
    "BundlesInputBundlesDto",
    "BundlesInputBundlesSmsAppDto",
    "BundlesInputConversationAppConsentManagerSettingsModesEnum",
    "BundlesInputConversationAppConversationRetentionPolicyTypesEnum",
    "BundlesInputConversationAppProcessingModesEnum",
    "BundlesInputWebhookTargetTypesEnum",
    "BundlesListBundlesDto",
    "BundlesPapiErrorDto",
    "BundlesPapiErrorDtoAdditionalInformation",
    "BundlesProvisioningStatesEnum",
    "BundlesSmsAppRegionsEnum",
    "BundlesSubprojectDto",
    "BundlesSubprojectDtoLabels",
    "BundlesSubprojectInputDto",
    "BundlesSubprojectInputDtoLabels",
    "BundlesSubprojectStatusEnum",
    "BundlesWebhookDeliveryStatusDto",
    "BundlesWebhookDto",
    "BundlesWebhookInputDto",
    "BundlesWebhookTriggersEnum",
    "BundlesWebhooksInputWebhookTriggerEnum",
    "BundlesWebhooksWebhookTriggerEnum",
    "ConversationAccountLocationDto",
    "ConversationChannelStatusEnum",
    "ConversationInstagramInfoDto",
    "ConversationMessengerInfoDto",
    "ConversationPapiErrorDto",
    "ConversationPapiErrorDtoAdditionalInformation",
    "ConversationTelegramBotInfoDto",
    "ConversationViberBotInfoDto",
    "KakaotalkActionsEnum",
    "KakaotalkButtonDto",
    "KakaotalkCommentDto",
    "KakaotalkCommentInputDto",
    "KakaotalkInputButtonDto",
    "KakaotalkInputKakaoTalkButtonTypeEnum",
    "KakaotalkInputKakaoTalkTemplateEmphasizeTypeEnum",
    "KakaotalkInputKakaoTalkTemplateMessageTypeEnum",
    "KakaotalkInputSenderDetailsDto",
    "KakaotalkInputSenderDto",
    "KakaotalkInputTemplateDetailsDto",
    "KakaotalkInputTemplateDto",
    "KakaotalkInputTemplateLanguagesEnum",
    "KakaotalkInputUpdateSenderDetailsDto",
    "KakaotalkInputUpdateSenderDto",
    "KakaotalkInputUpdateTemplateDetailsDto",
    "KakaotalkInputUpdateTemplateDto",
    "KakaotalkInputVerifySenderDto",
    "KakaotalkKakaoTalkButtonTypeEnum",
    "KakaotalkKakaoTalkTemplateEmphasizeTypeEnum",
    "KakaotalkKakaoTalkTemplateMessageTypeEnum",
    "KakaotalkPapiErrorDto",
    "KakaotalkPapiErrorDtoAdditionalInformation",
    "KakaotalkSenderCategoryDto",
    "KakaotalkSenderCategoryListDto",
    "KakaotalkSenderChangesDetailsDto",
    "KakaotalkSenderChangesDto",
    "KakaotalkSenderDetailsDto",
    "KakaotalkSenderDto",
    "KakaotalkSenderListDto",
    "KakaotalkSenderNotificationDto",
    "KakaotalkSenderNotificationListDto",
    "KakaotalkSenderNotificationTypeEnum",
    "KakaotalkSenderStatesEnum",
    "KakaotalkSenderStatusesEnum",
    "KakaotalkTemplateCategoryDto",
    "KakaotalkTemplateCategoryEnglishNamesEnum",
    "KakaotalkTemplateCategoryListDto",
    "KakaotalkTemplateCategoryNamesEnum",
    "KakaotalkTemplateChangesDetailsDto",
    "KakaotalkTemplateChangesDto",
    "KakaotalkTemplateDetailsDto",
    "KakaotalkTemplateDto",
    "KakaotalkTemplateLanguagesEnum",
    "KakaotalkTemplateListDto",
    "KakaotalkTemplateNotificationDto",
    "KakaotalkTemplateNotificationListDto",
    "KakaotalkTemplateNotificationTypeEnum",
    "KakaotalkTemplateStatesEnum",
    "KakaotalkTemplateStatusesEnum",
    "KakaotalkTemplateSubcategoryDto",
    "KakaotalkTemplateSubcategoryEnglishNamesEnum",
    "KakaotalkTemplateSubcategoryNamesEnum",
    "RcsAccountNotificationDto",
    "RcsAccountNotificationListDto",
    "RcsAccountNotificationTypeEnum",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSAnswersDto",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSBaseDto",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSDto",
    "RcsBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsBrandRegistrationDto",
    "RcsBrandRegistrationProcessDto",
    "RcsBrandRegistrationProcessStatusesEnum",
    "RcsBrandRegistrationStatusesEnum",
    "RcsCampaignRegistrationDto",
    "RcsCommentDto",
    "RcsCommentInputDto",
    "RcsConversationApiAppDto",
    "RcsConversationApiAppRegionsEnum",
    "RcsConversationAppChannelIntegrationStatusEnum",
    "RcsCountryCodesEnum",
    "RcsCountryStatusDto",
    "RcsDefaultSenderDetailsQuestionnaireUSDto",
    "RcsDefaultSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsEmailDto",
    "RcsEmailInputDto",
    "RcsInputCountryCodesEnum",
    "RcsInputCountryCodesNonUsEnum",
    "RcsInputRcsCountryCodesEnum",
    "RcsInputSenderBillingCategoriesEnum",
    "RcsInputSenderRegionsEnum",
    "RcsInputSenderUseCasesEnum",
    "RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsOperatorDto",
    "RcsOperatorStatusEnum",
    "RcsPapiErrorDto",
    "RcsPapiErrorDtoAdditionalInformation",
    "RcsPhoneDto",
    "RcsPhoneInputDto",
    "RcsPrivateUsQuestionnaireBrandLegalFormsEnum",
    "RcsSenderBillingCategoriesEnum",
    "RcsSenderDetailsBrandDto",
    "RcsSenderDetailsBrandInputDto",
    "RcsSenderDetailsDto",
    "RcsSenderDetailsInputDto",
    "RcsSenderDetailsQuestionnaireAnswerMetadataDto",
    "RcsSenderDetailsQuestionnaireAnswerMetadataInputDto",
    "RcsSenderDetailsQuestionnaireBaseDto",
    "RcsSenderDetailsQuestionnaireDto",
    "RcsSenderDetailsQuestionnaireFRAnswersDto",
    "RcsSenderDetailsQuestionnaireFRAnswersInputDto",
    "RcsSenderDetailsQuestionnaireFRBaseDto",
    "RcsSenderDetailsQuestionnaireFRDto",
    "RcsSenderDetailsQuestionnaireFRInputDto",
    "RcsSenderDetailsQuestionnaireFRQuestionsDto",
    "RcsSenderDetailsQuestionnaireGBAnswersDto",
    "RcsSenderDetailsQuestionnaireGBAnswersInputDto",
    "RcsSenderDetailsQuestionnaireGBBaseDto",
    "RcsSenderDetailsQuestionnaireGBDto",
    "RcsSenderDetailsQuestionnaireGBInputDto",
    "RcsSenderDetailsQuestionnaireGBQuestionsDto",
    "RcsSenderDetailsQuestionnaireGeneralAnswersDto",
    "RcsSenderDetailsQuestionnaireGeneralAnswersInputDto",
    "RcsSenderDetailsQuestionnaireGeneralBaseDto",
    "RcsSenderDetailsQuestionnaireGeneralDto",
    "RcsSenderDetailsQuestionnaireGeneralInputDto",
    "RcsSenderDetailsQuestionnaireGeneralQuestionsDto",
    "RcsSenderDetailsQuestionnaireInputDto",
    "RcsSenderDetailsQuestionnaireQuestionObjectDto",
    "RcsSenderDetailsQuestionnaireUSAnswersDto",
    "RcsSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsSenderDetailsQuestionnaireUSBaseDto",
    "RcsSenderDetailsQuestionnaireUSDto",
    "RcsSenderDetailsQuestionnaireUSInputDto",
    "RcsSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsSenderDetailsQuestionnaireVerificationAnswersDto",
    "RcsSenderDetailsQuestionnaireVerificationAnswersInputDto",
    "RcsSenderDetailsQuestionnaireVerificationBaseDto",
    "RcsSenderDetailsQuestionnaireVerificationDto",
    "RcsSenderDetailsQuestionnaireVerificationInputDto",
    "RcsSenderDetailsQuestionnaireVerificationPartnerAnswersDto",
    "RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto",
    "RcsSenderDetailsQuestionnaireVerificationPartnerQuestionsDto",
    "RcsSenderDetailsQuestionnaireVerificationQuestionsDto",
    "RcsSenderDto",
    "RcsSenderHostingRegionsEnum",
    "RcsSenderInputDto",
    "RcsSenderListDto",
    "RcsSenderNotificationDto",
    "RcsSenderNotificationListDto",
    "RcsSenderNotificationTypeEnum",
    "RcsSenderRegionsEnum",
    "RcsSenderSortColumnsEnum",
    "RcsSenderStatesEnum",
    "RcsSenderUseCasesEnum",
    "RcsSortDirectionsEnum",
    "RcsSupplierDetailsDto",
    "RcsSupplierDetailsGoogleDto",
    "RcsTestNumberCapabilitiesDto",
    "RcsTestNumberCapabilitiesFeaturesEnum",
    "RcsTestNumberStateDto",
    "RcsTestNumberStatesEnum",
    "RcsTestNumbersDto",
    "RcsTestNumbersInputDto",
    "RcsUpdateSenderDetailsBrandInputDto",
    "RcsUpdateSenderDetailsInputDto",
    "RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInputDto",
    "RcsUpdateSenderDetailsQuestionnaireFRAnswersInputDto",
    "RcsUpdateSenderDetailsQuestionnaireFRInputDto",
    "RcsUpdateSenderDetailsQuestionnaireGBAnswersInputDto",
    "RcsUpdateSenderDetailsQuestionnaireGBInputDto",
    "RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInputDto",
    "RcsUpdateSenderDetailsQuestionnaireGeneralInputDto",
    "RcsUpdateSenderDetailsQuestionnaireInputDto",
    "RcsUpdateSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsUpdateSenderDetailsQuestionnaireUSInputDto",
    "RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInputDto",
    "RcsUpdateSenderDetailsQuestionnaireVerificationInputDto",
    "RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInputDto",
    "RcsUpdateSenderInputDto",
    "RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInputDto",
    "RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestionsDto",
    "RcsUsQuestionnaireBrandCampaignVersionsEnum",
    "RcsUsQuestionnaireBrandIndustriesEnum",
    "RcsUsQuestionnaireBrandLegalFormsEnum",
    "RcsUsQuestionnaireOwnershipTypeEnum",
    "RcsUsQuestionnaireVersionsEnum",
    "RcsUsSenderDetailsQuestionnaireVerificationAnswersInputDto",
    "RcsUsStatesEnum",
    "RcsWebsiteDto",
    "RcsWebsiteInputDto",
    "SmsConversationApiAppDto",
    "SmsConversationApiAppRegionsEnum",
    "SmsConversationAppChannelIntegrationStatusEnum",
    "SmsInputSmsAppDto",
    "SmsInputSmsAppRegionsEnum",
    "SmsPapiErrorDto",
    "SmsPapiErrorDtoAdditionalInformation",
    "SmsProvisioningStatesEnum",
    "SmsSmsAppDto",
    "SmsSmsAppListDto",
    "SmsSmsAppRegionsEnum",
    "SmsUpdateSmsAppDto",
    "WebhookPapiErrorDto",
    "WebhookPapiErrorDtoAdditionalInformation",
    "WebhookUpdateWebhookInputDto",
    "WebhookUpdateWebhookInputDtoSecret",
    "WebhookUpdateWebhookInputDtoTarget",
    "WebhookWebhookDto",
    "WebhookWebhookInputDto",
    "WebhookWebhookListDto",
    "WebhookWebhookTriggersEnum",
    "WhatsappAccountChangeStateEnum",
    "WhatsappAccountChangesDetailsDto",
    "WhatsappAccountChangesDto",
    "WhatsappAccountDetailsDto",
    "WhatsappAccountDto",
    "WhatsappAccountNotificationDto",
    "WhatsappAccountNotificationListDto",
    "WhatsappAccountNotificationTypeEnum",
    "WhatsappAccountSenderRelatedChangesDetailsDto",
    "WhatsappAccountSenderRelatedDetailsDto",
    "WhatsappAccountStateEnum",
    "WhatsappActionsEnum",
    "WhatsappBidStrategiesEnum",
    "WhatsappBodyComponentDto",
    "WhatsappBodyComponentInputDto",
    "WhatsappBusinessManagersEnum",
    "WhatsappButtonsComponentDto",
    "WhatsappButtonsComponentInputDto",
    "WhatsappCardBodyComponentDto",
    "WhatsappCardButtonsComponentDto",
    "WhatsappCardDto",
    "WhatsappCardHeaderComponentDto",
    "WhatsappCardHeaderComponentFormatsEnum",
    "WhatsappCarouselComponentDto",
    "WhatsappCommentDto",
    "WhatsappCommentInputDto",
    "WhatsappConversationApiAppDto",
    "WhatsappConversationApiAppRegionsEnum",
    "WhatsappConversationAppChannelIntegrationStatusEnum",
    "WhatsappConversationAppRegionsEnum",
    "WhatsappCopyCodeButtonDto",
    "WhatsappCopyCodeButtonInputDto",
    "WhatsappCountryCodesEnum",
    "WhatsappCreateSolutionListDto",
    "WhatsappDailyLimitEnum",
    "WhatsappFailedSolutionDto",
    "WhatsappFailedSolutionErrorsEnum",
    "WhatsappFlowActionEnum",
    "WhatsappFlowButtonDto",
    "WhatsappFlowButtonInputDto",
    "WhatsappFlowDto",
    "WhatsappFlowListDto",
    "WhatsappFlowScreenDto",
    "WhatsappFlowScreenListDto",
    "WhatsappFooterComponentDto",
    "WhatsappFooterComponentInputDto",
    "WhatsappInputAccountDtoDeprecated",
    "WhatsappInputAccountPartnerInitiatedDto",
    "WhatsappInputAccountSenderRelatedDetailsDto",
    "WhatsappInputAccountSenderRelatedUpdateDetailsDto",
    "WhatsappInputAccountWhatsAppVerticalsEnum",
    "WhatsappInputBusinessManagersEnum",
    "WhatsappInputBusinessManagersPublicDocumentationEnum",
    "WhatsappInputCardBodyComponentDto",
    "WhatsappInputCardButtonsComponentDto",
    "WhatsappInputCardDto",
    "WhatsappInputCardHeaderComponentDto",
    "WhatsappInputCardMediaHeaderExampleDto",
    "WhatsappInputCardMediaHeaderExampleSupportedMimeTypesEnum",
    "WhatsappInputCarouselComponentDto",
    "WhatsappInputFlowActionEnum",
    "WhatsappInputMediaHeaderExampleSupportedMimeTypesEnum",
    "WhatsappInputOtpTypeEnum",
    "WhatsappInputSenderPartnerInitiatedDetailsDto",
    "WhatsappInputSenderPartnerInitiatedDto",
    "WhatsappInputSenderPhoneProvisioningDetailsDto",
    "WhatsappInputSenderPhoneProvisioningDto",
    "WhatsappInputTemplateCompareDto",
    "WhatsappInputTemplateCompareIdentifierDto",
    "WhatsappInputTemplateCompareTimeframesEnum",
    "WhatsappInputTemplateDetailsOptimization",
    "WhatsappInputTemplateDetailsOptimizationBidCountryMultiplierOverrides",
    "WhatsappInputTemplateLanguagesEnum",
    "WhatsappInputUpdateAccountDto",
    "WhatsappInputUpdateTemplateDetailsOptimization",
    "WhatsappInputUpdateTemplateDetailsOptimizationBidCountryMultiplierOverridesType0",
    "WhatsappLimitedTimeOfferComponentDto",
    "WhatsappLimitedTimeOfferComponentInputDto",
    "WhatsappLocationHeaderComponentDto",
    "WhatsappLocationHeaderComponentInputDto",
    "WhatsappLongLivedAccessTokenDto",
    "WhatsappLongLivedAccessTokenInputDto",
    "WhatsappMediaHeaderComponentDto",
    "WhatsappMediaHeaderComponentFormatEnum",
    "WhatsappMediaHeaderComponentInputDto",
    "WhatsappMediaHeaderExampleDto",
    "WhatsappMediaHeaderExampleInputDto",
    "WhatsappOrderDetailsButtonDto",
    "WhatsappOrderDetailsButtonInputDto",
    "WhatsappOtpButtonDto",
    "WhatsappOtpButtonInputDto",
    "WhatsappOtpTypeEnum",
    "WhatsappPapiErrorDto",
    "WhatsappPapiErrorDtoAdditionalInformation",
    "WhatsappPartialBodyComponentDto",
    "WhatsappPartialButtonsComponentDto",
    "WhatsappPartialCardBodyComponentDto",
    "WhatsappPartialCardButtonsComponentDto",
    "WhatsappPartialCardDto",
    "WhatsappPartialCardHeaderComponentDto",
    "WhatsappPartialCarouselComponentDto",
    "WhatsappPartialFlowButtonDto",
    "WhatsappPartialFooterComponentDto",
    "WhatsappPartialLimitedTimeOfferComponentDto",
    "WhatsappPartialLocationHeaderComponentDto",
    "WhatsappPartialMediaHeaderComponentDto",
    "WhatsappPartialMediaHeaderExampleDto",
    "WhatsappPartialOtpButtonDto",
    "WhatsappPartialPhoneNumberButtonDto",
    "WhatsappPartialQuickReplyButtonDto",
    "WhatsappPartialTemplateAnalyticsButtonsDto",
    "WhatsappPartialTemplateAnalyticsDto",
    "WhatsappPartialTemplateChangesDto",
    "WhatsappPartialTemplateDetailsDto",
    "WhatsappPartialTemplateDto",
    "WhatsappPartialTemplateListDto",
    "WhatsappPartialTextHeaderComponentDto",
    "WhatsappPartialUrlButtonDto",
    "WhatsappPhoneNumberButtonDto",
    "WhatsappPhoneNumberButtonInputDto",
    "WhatsappQualityRatingEnum",
    "WhatsappQuickReplyButtonDto",
    "WhatsappQuickReplyButtonInputDto",
    "WhatsappRequestContactInfoButtonDto",
    "WhatsappRequestContactInfoButtonInputDto",
    "WhatsappSenderBotRegionEnum",
    "WhatsappSenderChangesDetailsDto",
    "WhatsappSenderChangesDto",
    "WhatsappSenderDetailsDto",
    "WhatsappSenderDto",
    "WhatsappSenderErrorCodeEnum",
    "WhatsappSenderInputBotRegionEnum",
    "WhatsappSenderInputDetailsDto",
    "WhatsappSenderInputDtoDeprecated",
    "WhatsappSenderInputEsDto",
    "WhatsappSenderInputMetaLocalStoragesEnum",
    "WhatsappSenderInputNumberProviderTypeEnum",
    "WhatsappSenderInputRegionEnum",
    "WhatsappSenderInputRegisterDto",
    "WhatsappSenderInputRegistrationMethodEnum",
    "WhatsappSenderInputVerifyDto",
    "WhatsappSenderInputWhatsAppVerticalEnum",
    "WhatsappSenderListDto",
    "WhatsappSenderMetaLocalStoragesEnum",
    "WhatsappSenderMetadataDto",
    "WhatsappSenderMetadataFieldDto",
    "WhatsappSenderNotificationDto",
    "WhatsappSenderNotificationListDto",
    "WhatsappSenderNotificationTypeEnum",
    "WhatsappSenderNumberProviderTypeEnum",
    "WhatsappSenderRegisterDto",
    "WhatsappSenderRegistrationMethodEnum",
    "WhatsappSenderStatesEnum",
    "WhatsappSenderStatusesEnum",
    "WhatsappSenderWhatsAppVerticalEnum",
    "WhatsappSolutionDetailsDto",
    "WhatsappSolutionDetailsInputDto",
    "WhatsappSolutionDto",
    "WhatsappSolutionInputDto",
    "WhatsappSolutionListDto",
    "WhatsappSolutionMetaAppDto",
    "WhatsappSuggestedUsernamesDto",
    "WhatsappSupportedAppDto",
    "WhatsappSupportedAppInputDto",
    "WhatsappTemplateAnalyticsButtonTypesEnum",
    "WhatsappTemplateAnalyticsButtonsDto",
    "WhatsappTemplateAnalyticsDateRangesEnum",
    "WhatsappTemplateAnalyticsDto",
    "WhatsappTemplateCategoryEnum",
    "WhatsappTemplateChangesDetailsDto",
    "WhatsappTemplateChangesDto",
    "WhatsappTemplateCompareBlockReasonsEnum",
    "WhatsappTemplateCompareDto",
    "WhatsappTemplateCompareIdentifierDto",
    "WhatsappTemplateDetailsDto",
    "WhatsappTemplateDetailsInputDto",
    "WhatsappTemplateDetailsOptimizationDto",
    "WhatsappTemplateDetailsOptimizationDtoBidCountryMultiplierOverrides",
    "WhatsappTemplateDto",
    "WhatsappTemplateDtoFieldMaskPathsEnum",
    "WhatsappTemplateInputCategoryEnum",
    "WhatsappTemplateInputDto",
    "WhatsappTemplateLanguagesEnum",
    "WhatsappTemplateListDto",
    "WhatsappTemplateNotificationDto",
    "WhatsappTemplateNotificationListDto",
    "WhatsappTemplateNotificationTypeEnum",
    "WhatsappTemplateQualityScoreEnum",
    "WhatsappTemplateRejectionCodeEnum",
    "WhatsappTemplateStatesEnum",
    "WhatsappTemplateStatusesEnum",
    "WhatsappTextHeaderComponentDto",
    "WhatsappTextHeaderComponentInputDto",
    "WhatsappUpdateSenderInputDetailsDto",
    "WhatsappUpdateSenderInputDto",
    "WhatsappUpdateTemplateDetailsInputDto",
    "WhatsappUpdateTemplateInputDto",
    "WhatsappUrlButtonDto",
    "WhatsappUrlButtonInputDto",
    "WhatsappWabaBanStatesEnum",
    "WhatsappWabaDetailsDto",
    "WhatsappWabaDetailsListDto",
    "WhatsappWabaDetailsListInputDto",
    "WhatsappWabaNumbersDto",
    "WhatsappWhatsAppFlowStatusesEnum",
    "WhatsappWhatsAppSenderFieldUpdateStatusEnum",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
