package io.invoiceportal.core.common;

/**
 * The keys core puts into a {@link FieldError}'s message instead of a sentence; each edge has a
 * Dutch and an English text for every one of them (the edges' tests check that).
 */
public enum MessageKey {
    PASSWORD_REQUIRED("password.required"),
    PASSWORD_TOO_SHORT("password.tooShort"),
    PASSWORD_TOO_LONG("password.tooLong"),
    PASSWORD_LETTERS_AND_DIGITS("password.lettersAndDigits"),
    PASSWORD_COMMON("password.common"),
    PASSWORD_CONTAINS_NAME("password.containsName"),
    PASSWORD_MISMATCH("password.mismatch"),
    PASSWORD_WRONG_CURRENT("password.wrongCurrent"),
    /** {0}: seconds to wait before the current password may be tried again. */
    PASSWORD_CHECK_THROTTLED("password.checkThrottled"),
    /** A code that is not the 6 digits of an authenticator app. */
    CODE_FORMAT("code.format"),
    /** A code that is wrong, expired or used before. */
    CODE_WRONG("code.wrong"),
    TOKEN_UNKNOWN("token.unknown"),
    TOKEN_USED("token.used"),
    TOKEN_EXPIRED("token.expired"),
    IDEMPOTENCY_KEY_REUSED("idempotencyKey.reused"),
    FIELD_REQUIRED("field.required"),
    /** {0}: the largest number of characters. */
    FIELD_TOO_LONG("field.tooLong"),
    FIELD_READ_ONLY("field.readOnly"),
    EMAIL_READ_ONLY("email.readOnly"),
    COUNTRY_CODE_INVALID("countryCode.invalid"),
    /** {0}: the languages offered. */
    LANGUAGE_NOT_OFFERED("language.notOffered"),
    /** {0}: the channels offered. */
    DELIVERY_CHANNEL_NOT_OFFERED("deliveryChannel.notOffered"),
    /** {0}: the largest page size. */
    SIZE_OUT_OF_RANGE("size.outOfRange"),
    PAGE_NEGATIVE("page.negative"),
    DATE_FROM_AFTER_DATE_TO("dateFrom.afterDateTo"),
    INVOICES_NONE_SELECTED("invoiceNumbers.none"),
    /** {0}: the most invoices in one download. */
    INVOICES_TOO_MANY("invoiceNumbers.tooMany"),
    INVOICE_NOT_YOURS("invoiceNumber.notYours"),
    /** An export job's filter matches no invoice. */
    EXPORT_NONE_MATCH("exportJob.noneMatch"),
    /** {0}: the most invoices in one export job. */
    EXPORT_TOO_MANY_MATCH("exportJob.tooMany"),
    /** An export job names both a filter and invoice numbers. */
    EXPORT_SELECTION_BOTH("exportJob.selectionBoth"),
    FORMAT_NOT_OFFERED("format.notOffered"),
    EMAIL_INVALID("email.invalid"),
    DATE_INVALID("date.invalid"),
    /** {0}: the most decimals. */
    DECIMAL_SCALE("decimal.scale"),
    DECIMAL_TOO_LARGE("decimal.tooLarge"),
    DECIMAL_INVALID("decimal.invalid"),
    NUMBER_FORMAT("number.format"),
    CUSTOMER_NUMBER_CHANGED("customerNumber.changed"),
    ACCOUNT_STATE_READ_ONLY("accountState.readOnly"),
    LOGIN_FORMAT("login.format"),
    DUE_DATE_BEFORE_ISSUE_DATE("dueDate.beforeIssueDate"),
    CURRENCY_INVALID("currency.invalid"),
    MEANS_CODE_INVALID("meansCode.invalid"),
    IBAN_INVALID("iban.invalid"),
    PAYMENT_ACCOUNT_INVALID("paymentAccount.invalid"),
    IBAN_CHECKSUM("iban.checksum"),
    LINES_NONE("lines.none"),
    /** {0}: the most lines. */
    LINES_TOO_MANY("lines.tooMany"),
    UNIT_CODE_INVALID("unitCode.invalid"),
    VAT_CATEGORY_INVALID("vatCategory.invalid"),
    VAT_RATE_RANGE("vatRate.range"),
    VAT_RATE_ZERO_FOR_S("vatRate.zeroForStandard"),
    /** {0}: the VAT category. */
    VAT_RATE_NOT_ZERO("vatRate.notZero"),
    UNIT_PRICE_NEGATIVE("unitPrice.negative"),
    /** {0}: the most megabytes. */
    PDF_TOO_LARGE("pdf.tooLarge"),
    PDF_NOT_PDF("pdf.notPdf"),
    PDF_NOT_BASE64("pdf.notBase64"),
    CUSTOMER_UNKNOWN("customerNumber.unknown"),
    /** The customer's account is not active yet (the activation mail was not used). */
    ACCOUNT_NOT_ACTIVE("customerNumber.notActive"),
    /** {0}: the origins allowed (the tenant's embedOrigins). */
    RETURN_URL_NOT_ALLOWED("returnUrl.notAllowed"),
    /** The body of an XML invoice is not well-formed XML. */
    UBL_NOT_XML("ubl.notXml"),
    /** The XML declares a document type (DTDs and entities are never read). */
    UBL_DOCTYPE("ubl.doctype"),
    UBL_NOT_UBL("ubl.notUbl"),
    /** {0}: the UBL 2.1 schema's message (English). */
    UBL_SCHEMA_INVALID("ubl.schemaInvalid"),
    /** {0}: the rule's official text (English); the error's {@code rule} names the rule. */
    UBL_RULE_BROKEN("ubl.ruleBroken"),
    /** {0}: the buyer's identifiers found in the document. */
    UBL_BUYER_UNKNOWN("ubl.buyerUnknown"),
    /** {0}: the identifier that several customers share. */
    UBL_BUYER_AMBIGUOUS("ubl.buyerAmbiguous"),
    /** {0}: the business term; {1}: the document's amount; {2}: the amount the portal computes. */
    UBL_TOTAL_DIFFERS("ubl.totalDiffers"),
    /** {0}: what the document uses that the portal's invoice cannot hold yet. */
    UBL_UNSUPPORTED("ubl.unsupported"),
    ENDPOINT_SCHEME_INVALID("endpointScheme.invalid"),
    ENDPOINT_INCOMPLETE("endpoint.incomplete"),
    SLUG_FORMAT("slug.format"),
    /** {0}: the languages the portal speaks. */
    LANGUAGE_UNKNOWN("language.unknown"),
    HOST_NAME_INVALID("hostName.invalid"),
    /** The portal's own host (of {@code PORTAL_PUBLIC_URL}), which no tenant may claim. */
    HOST_NAME_RESERVED("hostName.reserved"),
    /** {0}: the largest number of host names. */
    HOST_NAMES_TOO_MANY("hostNames.tooMany"),
    FORMAT_NOT_INSTALLED("format.notInstalled"),
    CHANNEL_NOT_INSTALLED("channel.notInstalled"),
    CHANNELS_NONE("channels.none"),
    DEFAULT_LANGUAGE_READ_ONLY("defaultLanguage.readOnly"),
    /** {0}: the default language. */
    LANGUAGES_WITHOUT_DEFAULT("languages.withoutDefault"),
    TIME_ZONE_INVALID("timeZone.invalid"),
    /** {0}: the modes. */
    SECURITY_MFA_MODE("security.mfaMode"),
    SECURITY_IDLE_OVER_ABSOLUTE("security.idleOverAbsolute"),
    /** {0}: the smallest, {1}: the largest value. */
    NUMBER_RANGE("number.range"),
    /** {0}: an example colour. */
    COLOUR_INVALID("colour.invalid"),
    /** {0}: the most origins. */
    EMBED_ORIGINS_TOO_MANY("embedOrigins.tooMany"),
    EMBED_ORIGIN_INVALID("embedOrigin.invalid"),
    /** Text with control characters or invalid Unicode. */
    TEXT_INVALID("text.invalid"),
    PLUGIN_SETTINGS_UNKNOWN_PLUGIN("pluginSettings.unknownPlugin"),
    PLUGIN_SETTINGS_NOT_AN_OBJECT("pluginSettings.notAnObject"),
    /** {0}: the format or channel id; {1}: the names of its settings. */
    PLUGIN_SETTING_UNKNOWN("pluginSetting.unknown"),
    PLUGIN_SETTING_STRING("pluginSetting.string"),
    PLUGIN_SETTING_URL("pluginSetting.url"),
    PLUGIN_SETTING_INTEGER("pluginSetting.integer"),
    PLUGIN_SETTING_BOOLEAN("pluginSetting.boolean"),
    /** {0}: the smallest value. */
    PLUGIN_SETTING_MINIMUM("pluginSetting.minimum"),
    LOGO_NOT_SVG("logo.notSvg"),
    /** {0}: the deepest nesting allowed. */
    LOGO_MALFORMED("logo.malformed"),
    /** {0}: the active or remote content found (an element or attribute). */
    LOGO_UNSAFE("logo.unsafe"),
    IMAGE_DATA_URI("image.dataUri"),
    /** {0}: the most kilobytes. */
    IMAGE_TOO_LARGE("image.tooLarge"),
    IMAGE_NOT_PNG("image.notPng"),
    /** {0}: the most pixels of width and of height. */
    IMAGE_DIMENSIONS("image.dimensions"),
    /** {0}: the contrast ratio white text reaches on the colour; {1}: the minimum (WCAG AA). */
    COLOUR_CONTRAST("colour.contrast"),
    /** {0}: the font ids. */
    FONT_UNKNOWN("fontFamily.unknown"),
    TEXT_MARKUP("text.markup"),
    NAME_CHARACTERS("name.characters"),
    /** {0}: the text keys. */
    TEXT_KEY_UNKNOWN("textKey.unknown"),
    /** {0}: the placeholder used; {1}: the placeholders of the text. */
    PLACEHOLDER_UNKNOWN("placeholder.unknown"),
    LINK_URL_INVALID("link.url"),
    /** {0}: the parts that can be previewed. */
    PREVIEW_PART("preview.part"),
    READ_FILTER_INVALID("read.invalid"),
    /** {0}: the fields that can be sorted on. */
    SORT_FIELD_INVALID("sort.fieldInvalid"),
    SORT_DIRECTION_INVALID("sort.directionInvalid"),
    WHOLE_NUMBER_INVALID("wholeNumber.invalid"),
    ACTIVITY_FORMAT_INVALID("activityFormat.invalid"),
    IDEMPOTENCY_KEY_FORMAT("idempotencyKey.format"),
    DOCUMENT_TYPE_INVALID("documentType.invalid"),
    ITEM_SCHEME_INVALID("itemScheme.invalid"),
    VATEX_CODE_INVALID("vatexCode.invalid"),
    /** {0}: UNTDID 5189 for allowances, 7161 for charges. */
    REASON_CODE_INVALID("reasonCode.invalid"),
    AMOUNT_NEGATIVE("amount.negative"),
    /** {0}: the categories that take an exemption reason. */
    EXEMPTION_CATEGORY_INVALID("vatExemption.category"),
    /** {0}: the VAT category. */
    EXEMPTION_DUPLICATE("vatExemption.duplicate"),
    REASON_OR_CODE_REQUIRED("reasonOrCode.required"),
    PERIOD_END_BEFORE_START("period.endBeforeStart"),
    /** {0}: the most entries. */
    LIST_TOO_LONG("list.tooLong"),
    PHONE_INVALID("phone.invalid"),
    /** {0}: the VAT category used without an exemption reason. */
    EXEMPTION_REQUIRED("vatExemption.required"),
    /** {0}: the VAT category the code belongs to. */
    VATEX_CODE_CATEGORY("vatexCode.category"),
    /** {0}: the VAT category (AE or K) that needs the buyer's VAT id. */
    BUYER_VAT_ID_REQUIRED("buyerVatId.required"),
    DUE_DATE_OR_TERMS_REQUIRED("dueDate.orPaymentTerms"),
    NOT_SUBJECT_TO_VAT_ONLY("vatCategory.notSubjectOnly"),
    PAYABLE_NEGATIVE("payable.negative"),
    SSO_KEY_INVALID("ssoKey.invalid"),
    SSO_KEY_PRIVATE("ssoKey.private"),
    SSO_KEY_ALGORITHM("ssoKey.algorithm"),
    /** {0}: the fewest bits. */
    SSO_KEY_TOO_SHORT("ssoKey.tooShort"),
    SSO_KEY_USE("ssoKey.use"),
    SSO_KID_INVALID("ssoKey.kidInvalid"),
    SSO_KID_DUPLICATE("ssoKey.kidDuplicate"),
    SSO_ISSUER_INVALID("ssoIssuer.invalid"),
    /** An invoice number that exists with other content (a batch item; the single endpoint answers 409). */
    INVOICE_OTHER_CONTENT("invoiceNumber.otherContent"),
    BATCH_EMPTY("batch.empty"),
    /** {0}: the most invoices in one batch. */
    BATCH_TOO_MANY("batch.tooMany"),
    BATCH_NOT_ARRAY("batch.notArray"),
    BATCH_ITEM_NOT_JSON("batchItem.notJson"),
    BATCH_ITEM_NOT_OBJECT("batchItem.notObject"),
    /** {0}: the most bytes of one item. */
    BATCH_ITEM_TOO_LARGE("batchItem.tooLarge"),
    /** A passkey's credential that is not the JSON of a WebAuthn credential. */
    PASSKEY_MALFORMED("passkey.malformed"),
    /** A passkey's credential the portal could not verify (wrong challenge, origin, signature, no user verification). */
    PASSKEY_NOT_VERIFIED("passkey.notVerified"),
    /** {0}: the most passkeys of one account. */
    PASSKEYS_TOO_MANY("passkeys.tooMany");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    /** The key as it travels in a field error, such as {@code password.tooShort}. */
    public String key() {
        return key;
    }
}
