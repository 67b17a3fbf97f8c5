package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.TenantView;
import java.util.List;
import java.util.Locale;

/**
 * The notice that a customer's e-mail address was changed by the issuer, sent to the old and the
 * new address. An account-security message of the platform itself, not of a delivery channel, in
 * the tenant's brand: its sender name, logo, colours and footer.
 */
public final class EmailChangedNotice {
    private EmailChangedNotice() {}

    public static MailSender.Mail compose(String messageId, String to, TenantView tenant, String oldEmail,
            String newEmail, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        String name = tenant.name();
        String subject = nl ? "Uw e-mailadres bij " + name + " is gewijzigd"
                : "Your e-mail address at " + name + " has been changed";
        List<String> paragraphs = nl
                ? List.of("Beste relatie,",
                        "Het e-mailadres van uw account in het Invoice Portal van " + name + " is gewijzigd van "
                                + oldEmail + " in " + newEmail + ".",
                        "Notificaties over nieuwe facturen gaan voortaan naar " + newEmail + ".",
                        "Heeft u hier niet om gevraagd? Neem dan contact op met uw accountmanager.",
                        "Invoice Portal: " + tenant.portalUrl())
                : List.of("Dear customer,",
                        "The e-mail address of your account in the " + name + " Invoice Portal has been changed from "
                                + oldEmail + " to " + newEmail + ".",
                        "Notifications about new invoices now go to " + newEmail + ".",
                        "Did you not ask for this? Please contact your account manager.",
                        "Invoice Portal: " + tenant.portalUrl());
        String text = String.join("\r\n\r\n", paragraphs) + "\r\n\r\n" + BrandedHtml.textFooter(tenant, locale);
        String sender = tenant.branding().mailSenderName();
        return MailSender.Mail.builder().messageId(messageId).to(to).subject(subject).text(text)
                .html(BrandedHtml.html(tenant, locale, subject, paragraphs))
                .attachments(BrandedHtml.logo(tenant))
                .fromName(sender == null || sender.isBlank() ? name : sender)
                .build();
    }
}
