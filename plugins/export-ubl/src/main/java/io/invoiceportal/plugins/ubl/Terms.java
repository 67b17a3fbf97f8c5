package io.invoiceportal.plugins.ubl;

/** The EN 16931 business terms the UBL profiles may ask for, as id and name. */
public final class Terms {
    public static final String BUYER_REFERENCE = "BT-10 Buyer reference";
    public static final String PAYMENT_TERMS = "BT-20 Payment terms";
    public static final String PRECEDING_INVOICE = "BT-25 Preceding invoice reference";
    public static final String SELLER_LEGAL_ID = "BT-30 Seller legal registration identifier";
    public static final String SELLER_VAT_ID = "BT-31 Seller VAT identifier";
    public static final String SELLER_ENDPOINT = "BT-34 Seller electronic address";
    public static final String SELLER_STREET = "BT-35 Seller address line 1";
    public static final String SELLER_CITY = "BT-37 Seller city";
    public static final String SELLER_POSTCODE = "BT-38 Seller post code";
    public static final String SELLER_COUNTRY = "BT-40 Seller country code";
    public static final String SELLER_CONTACT = "BT-41 Seller contact point";
    public static final String SELLER_PHONE = "BT-42 Seller contact telephone number";
    public static final String SELLER_EMAIL = "BT-43 Seller contact email address";
    public static final String BUYER_VAT_ID = "BT-48 Buyer VAT identifier";
    public static final String BUYER_ENDPOINT = "BT-49 Buyer electronic address";
    public static final String BUYER_STREET = "BT-50 Buyer address line 1";
    public static final String BUYER_CITY = "BT-52 Buyer city";
    public static final String BUYER_POSTCODE = "BT-53 Buyer post code";
    public static final String BUYER_COUNTRY = "BT-55 Buyer country code";
    public static final String DELIVERY_DATE = "BT-72 Actual delivery date";
    public static final String PAYMENT_MEANS = "BT-81 Payment means type code";
    public static final String PAYMENT_ACCOUNT = "BT-84 Payment account identifier";
    public static final String MANDATE_REFERENCE = "BT-89 Mandate reference identifier";
    public static final String EXEMPTION_REASON = "BT-120 VAT exemption reason text";

    private Terms() {}
}
