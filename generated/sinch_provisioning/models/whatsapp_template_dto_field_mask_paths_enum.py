from __future__ import annotations

from enum import Enum

from .._enums import missing_member


class WhatsappTemplateDtoFieldMaskPathsEnum(str, Enum):
    """One of: analytics, analytics.0.buttons, analytics.0.buttons.0.clicks,
    analytics.0.buttons.0.content, analytics.0.buttons.0.type, analytics.0.delivered,
    analytics.0.end, analytics.0.read, analytics.0.sent, analytics.0.start, category, changes,
    changes.allowCategoryChange, changes.details, changes.details.components,
    changes.details.components.0.addSecurityRecommendation, changes.details.components.0.buttons,
    changes.details.components.0.buttons.0.autofillText,
    changes.details.components.0.buttons.0.example,
    changes.details.components.0.buttons.0.flowAction,
    changes.details.components.0.buttons.0.flowId,
    changes.details.components.0.buttons.0.navigateScreen,
    changes.details.components.0.buttons.0.otpType,
    changes.details.components.0.buttons.0.packageName,
    changes.details.components.0.buttons.0.phoneNumber,
    changes.details.components.0.buttons.0.signatureHash,
    changes.details.components.0.buttons.0.supportedApps,
    changes.details.components.0.buttons.0.supportedApps.0.packageName,
    changes.details.components.0.buttons.0.supportedApps.0.signatureHash,
    changes.details.components.0.buttons.0.text, changes.details.components.0.buttons.0.type,
    changes.details.components.0.buttons.0.url,
    changes.details.components.0.buttons.0.zeroTapTermsAccepted,
    changes.details.components.0.codeExpirationMinutes, changes.details.components.0.example,
    changes.details.components.0.examples, changes.details.components.0.example.url,
    changes.details.components.0.format, changes.details.components.0.hasExpiration,
    changes.details.components.0.text, changes.details.components.0.type,
    changes.details.messageSendTtlSeconds, changes.details.optimization, changes.status, details,
    details.components, details.components.0.addSecurityRecommendation,
    details.components.0.buttons, details.components.0.buttons.0.autofillText,
    details.components.0.buttons.0.example, details.components.0.buttons.0.flowAction,
    details.components.0.buttons.0.flowId, details.components.0.buttons.0.navigateScreen,
    details.components.0.buttons.0.otpType, details.components.0.buttons.0.packageName,
    details.components.0.buttons.0.phoneNumber, details.components.0.buttons.0.signatureHash,
    details.components.0.buttons.0.supportedApps,
    details.components.0.buttons.0.supportedApps.0.packageName,
    details.components.0.buttons.0.supportedApps.0.signatureHash,
    details.components.0.buttons.0.text, details.components.0.buttons.0.type,
    details.components.0.buttons.0.url, details.components.0.buttons.0.zeroTapTermsAccepted,
    details.components.0.codeExpirationMinutes, details.components.0.example,
    details.components.0.examples, details.components.0.example.url, details.components.0.format,
    details.components.0.hasExpiration, details.components.0.text, details.components.0.type,
    details.messageSendTtlSeconds, details.optimization, isMetaGenerated, language, name,
    qualityScore, rejectionCode, state, whatsappId.

    Building one from another value raises ``ValueError`` (with the close matches); a value the
    server sends that this SDK does not know yet parses as an ``UNKNOWN`` member instead.
    """

    ANALYTICS = "analytics"
    ANALYTICS_0_BUTTONS = "analytics.0.buttons"
    ANALYTICS_0_BUTTONS_0_CLICKS = "analytics.0.buttons.0.clicks"
    ANALYTICS_0_BUTTONS_0_CONTENT = "analytics.0.buttons.0.content"
    ANALYTICS_0_BUTTONS_0_TYPE = "analytics.0.buttons.0.type"
    ANALYTICS_0_DELIVERED = "analytics.0.delivered"
    ANALYTICS_0_END = "analytics.0.end"
    ANALYTICS_0_READ = "analytics.0.read"
    ANALYTICS_0_SENT = "analytics.0.sent"
    ANALYTICS_0_START = "analytics.0.start"
    CATEGORY = "category"
    CHANGES = "changes"
    CHANGES_ALLOWCATEGORYCHANGE = "changes.allowCategoryChange"
    CHANGES_DETAILS = "changes.details"
    CHANGES_DETAILS_COMPONENTS = "changes.details.components"
    CHANGES_DETAILS_COMPONENTS_0_ADDSECURITYRECOMMENDATION = (
        "changes.details.components.0.addSecurityRecommendation"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS = "changes.details.components.0.buttons"
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_AUTOFILLTEXT = (
        "changes.details.components.0.buttons.0.autofillText"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_EXAMPLE = (
        "changes.details.components.0.buttons.0.example"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_FLOWACTION = (
        "changes.details.components.0.buttons.0.flowAction"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_FLOWID = (
        "changes.details.components.0.buttons.0.flowId"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_NAVIGATESCREEN = (
        "changes.details.components.0.buttons.0.navigateScreen"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_OTPTYPE = (
        "changes.details.components.0.buttons.0.otpType"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_PACKAGENAME = (
        "changes.details.components.0.buttons.0.packageName"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_PHONENUMBER = (
        "changes.details.components.0.buttons.0.phoneNumber"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_SIGNATUREHASH = (
        "changes.details.components.0.buttons.0.signatureHash"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_SUPPORTEDAPPS = (
        "changes.details.components.0.buttons.0.supportedApps"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_SUPPORTEDAPPS_0_PACKAGENAME = (
        "changes.details.components.0.buttons.0.supportedApps.0.packageName"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_SUPPORTEDAPPS_0_SIGNATUREHASH = (
        "changes.details.components.0.buttons.0.supportedApps.0.signatureHash"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_TEXT = (
        "changes.details.components.0.buttons.0.text"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_TYPE = (
        "changes.details.components.0.buttons.0.type"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_URL = (
        "changes.details.components.0.buttons.0.url"
    )
    CHANGES_DETAILS_COMPONENTS_0_BUTTONS_0_ZEROTAPTERMSACCEPTED = (
        "changes.details.components.0.buttons.0.zeroTapTermsAccepted"
    )
    CHANGES_DETAILS_COMPONENTS_0_CODEEXPIRATIONMINUTES = (
        "changes.details.components.0.codeExpirationMinutes"
    )
    CHANGES_DETAILS_COMPONENTS_0_EXAMPLE = "changes.details.components.0.example"
    CHANGES_DETAILS_COMPONENTS_0_EXAMPLES = "changes.details.components.0.examples"
    CHANGES_DETAILS_COMPONENTS_0_EXAMPLE_URL = (
        "changes.details.components.0.example.url"
    )
    CHANGES_DETAILS_COMPONENTS_0_FORMAT = "changes.details.components.0.format"
    CHANGES_DETAILS_COMPONENTS_0_HASEXPIRATION = (
        "changes.details.components.0.hasExpiration"
    )
    CHANGES_DETAILS_COMPONENTS_0_TEXT = "changes.details.components.0.text"
    CHANGES_DETAILS_COMPONENTS_0_TYPE = "changes.details.components.0.type"
    CHANGES_DETAILS_MESSAGESENDTTLSECONDS = "changes.details.messageSendTtlSeconds"
    CHANGES_DETAILS_OPTIMIZATION = "changes.details.optimization"
    CHANGES_STATUS = "changes.status"
    DETAILS = "details"
    DETAILS_COMPONENTS = "details.components"
    DETAILS_COMPONENTS_0_ADDSECURITYRECOMMENDATION = (
        "details.components.0.addSecurityRecommendation"
    )
    DETAILS_COMPONENTS_0_BUTTONS = "details.components.0.buttons"
    DETAILS_COMPONENTS_0_BUTTONS_0_AUTOFILLTEXT = (
        "details.components.0.buttons.0.autofillText"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_EXAMPLE = "details.components.0.buttons.0.example"
    DETAILS_COMPONENTS_0_BUTTONS_0_FLOWACTION = (
        "details.components.0.buttons.0.flowAction"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_FLOWID = "details.components.0.buttons.0.flowId"
    DETAILS_COMPONENTS_0_BUTTONS_0_NAVIGATESCREEN = (
        "details.components.0.buttons.0.navigateScreen"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_OTPTYPE = "details.components.0.buttons.0.otpType"
    DETAILS_COMPONENTS_0_BUTTONS_0_PACKAGENAME = (
        "details.components.0.buttons.0.packageName"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_PHONENUMBER = (
        "details.components.0.buttons.0.phoneNumber"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_SIGNATUREHASH = (
        "details.components.0.buttons.0.signatureHash"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_SUPPORTEDAPPS = (
        "details.components.0.buttons.0.supportedApps"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_SUPPORTEDAPPS_0_PACKAGENAME = (
        "details.components.0.buttons.0.supportedApps.0.packageName"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_SUPPORTEDAPPS_0_SIGNATUREHASH = (
        "details.components.0.buttons.0.supportedApps.0.signatureHash"
    )
    DETAILS_COMPONENTS_0_BUTTONS_0_TEXT = "details.components.0.buttons.0.text"
    DETAILS_COMPONENTS_0_BUTTONS_0_TYPE = "details.components.0.buttons.0.type"
    DETAILS_COMPONENTS_0_BUTTONS_0_URL = "details.components.0.buttons.0.url"
    DETAILS_COMPONENTS_0_BUTTONS_0_ZEROTAPTERMSACCEPTED = (
        "details.components.0.buttons.0.zeroTapTermsAccepted"
    )
    DETAILS_COMPONENTS_0_CODEEXPIRATIONMINUTES = (
        "details.components.0.codeExpirationMinutes"
    )
    DETAILS_COMPONENTS_0_EXAMPLE = "details.components.0.example"
    DETAILS_COMPONENTS_0_EXAMPLES = "details.components.0.examples"
    DETAILS_COMPONENTS_0_EXAMPLE_URL = "details.components.0.example.url"
    DETAILS_COMPONENTS_0_FORMAT = "details.components.0.format"
    DETAILS_COMPONENTS_0_HASEXPIRATION = "details.components.0.hasExpiration"
    DETAILS_COMPONENTS_0_TEXT = "details.components.0.text"
    DETAILS_COMPONENTS_0_TYPE = "details.components.0.type"
    DETAILS_MESSAGESENDTTLSECONDS = "details.messageSendTtlSeconds"
    DETAILS_OPTIMIZATION = "details.optimization"
    ISMETAGENERATED = "isMetaGenerated"
    LANGUAGE = "language"
    NAME = "name"
    QUALITYSCORE = "qualityScore"
    REJECTIONCODE = "rejectionCode"
    STATE = "state"
    WHATSAPPID = "whatsappId"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WhatsappTemplateDtoFieldMaskPathsEnum | None:
        return missing_member(cls, value)
