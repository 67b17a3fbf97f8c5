package io.invoiceportal.plugin.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values the builders make; not part of the API (plugins see only the interfaces). */
final class Values {
    private Values() {}

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required");
        }
        return value;
    }

    record Address(String street, String postalCode, String city, String countryCode)
            implements PartyView.AddressView {}

    record Party(String legalName, PartyView.AddressView address, String vatId, String endpointScheme,
            String endpointId, String iban, PartyView.Contact contact) implements PartyView {}

    record ContactPoint(String name, String phone, String email) implements PartyView.Contact {}

    record Customer(String customerNumber, PartyView party, String email, String contactName, String contactPhone,
            Locale locale, String login) implements CustomerView {}

    record Look(String primaryColor, String accentColor, String logoSvg, byte[] png, String fontFamily,
            Locale defaultLocale, Map<String, TenantView.Branding.Footer> footers, String mailSenderName,
            Map<String, Map<String, String>> texts) implements TenantView.Branding {
        @Override
        public byte[] logoPng() {
            return png == null ? null : png.clone();
        }

        @Override
        public TenantView.Branding.Footer footer(Locale locale) {
            TenantView.Branding.Footer own = footers.get(locale.getLanguage());
            return own != null ? own : footers.get(defaultLocale.getLanguage());
        }

        @Override
        public String text(String key, Locale locale, Map<String, String> values) {
            Map<String, String> own = texts.get(locale.getLanguage());
            String template = own != null && own.containsKey(key) ? own.get(key)
                    : texts.getOrDefault(defaultLocale.getLanguage(), Map.of()).get(key);
            return template == null ? null : fill(template, values);
        }
    }

    /** Replaces each {@code {name}} of {@code values} in {@code template}; other braces stay as they are. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 1, close);
            out.append(template, i, open);
            out.append(values.containsKey(name) ? values.get(name) : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    record FooterText(String text, List<TenantView.Branding.Link> links) implements TenantView.Branding.Footer {}

    record FooterLink(String label, String url) implements TenantView.Branding.Link {}

    record Tenant(String slug, String name, Locale defaultLocale, PartyView seller, TenantView.Branding branding,
            String portalUrl) implements TenantView {}

    record InvoiceLine(String id, String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice,
            String vatCategory, BigDecimal vatRate, BigDecimal lineAmount, String note, String sellerItemId,
            InvoiceView.ItemId standardItemId, LocalDate periodStart, LocalDate periodEnd)
            implements InvoiceView.Line {}

    record Identifier(String scheme, String id) implements InvoiceView.ItemId {}

    record Vat(String vatCategory, BigDecimal vatRate, BigDecimal taxableAmount, BigDecimal taxAmount,
            String exemptionReason, String exemptionReasonCode) implements InvoiceView.VatBreakdown {}

    record DocumentTotals(BigDecimal lineTotal, BigDecimal taxExclusive, BigDecimal taxTotal,
            BigDecimal taxInclusive, BigDecimal payable, BigDecimal allowanceTotal, BigDecimal chargeTotal,
            BigDecimal prepaidAmount) implements InvoiceView.Totals {}

    record Preceding(String number, LocalDate issueDate) implements InvoiceView.PrecedingInvoice {}

    record Adjustment(BigDecimal amount, String reason, String reasonCode, String vatCategory, BigDecimal vatRate)
            implements InvoiceView.AllowanceCharge {}

    record Source(String mediaType, byte[] content) implements InvoiceView.SourceDocument {
        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    record Pay(String meansCode, String iban, String reference) implements InvoiceView.Payment {}

    record Invoice(String invoiceNumber, LocalDate issueDate, LocalDate dueDate, String category, String currency,
            String buyerReference, String description, PartyView seller, CustomerView buyer,
            List<InvoiceView.Line> lines, List<InvoiceView.VatBreakdown> vatBreakdown, InvoiceView.Totals totals,
            InvoiceView.Payment payment, InvoiceView.DocumentType documentType,
            InvoiceView.PrecedingInvoice precedingInvoice, String orderReference, String contractReference,
            String paymentTerms, LocalDate deliveryDate, String note, List<InvoiceView.AllowanceCharge> allowances,
            List<InvoiceView.AllowanceCharge> charges, InvoiceView.SourceDocument source) implements InvoiceView {}

    record Export(TenantView tenant, Locale locale, Clock clock, PluginSettings settings) implements ExportContext {}

    record Delivery(TenantView tenant, Locale locale, MailSender mailer, PluginSettings settings, Clock clock)
            implements DeliveryContext {}

    record InvoiceNotice(String id, CustomerView customer, InvoiceView invoice, String invoiceUrl,
            Notification.PdfSource pdf) implements Notification.NewInvoice {}

    record ActivationNotice(String id, CustomerView customer, String activationUrl) implements Notification.Activation {}

    record ResetNotice(String id, CustomerView customer, String resetUrl) implements Notification.PasswordReset {}

    record Message(String messageId, String to, String subject, String text, String html,
            List<MailSender.Attachment> attachments, String fromName) implements MailSender.Mail {}

    record MailAttachment(String fileName, String mediaType, byte[] content, String contentId)
            implements MailSender.Attachment {}
}
