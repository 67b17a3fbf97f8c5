package io.invoiceportal.core.mail;

import io.invoiceportal.plugin.api.MailSender;
import java.util.List;
import java.util.Locale;

/**
 * The notice that a customer's e-mail address was changed by the issuer, sent to the old and the
 * new address. An account-security message of the platform itself, not of a delivery channel.
 */
public final class EmailChangedNotice {
    private EmailChangedNotice() {}

    public static MailSender.Mail compose(String messageId, String to, String tenantName, String portalUrl,
            String oldEmail, String newEmail, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        String subject = nl ? "Uw e-mailadres bij " + tenantName + " is gewijzigd"
                : "Your e-mail address at " + tenantName + " has been changed";
        String text = nl
                ? "Beste relatie,\r\n\r\nHet e-mailadres van uw account in het Invoice Portal van " + tenantName
                        + " is gewijzigd van " + oldEmail + " in " + newEmail + ".\r\n"
                        + "Notificaties over nieuwe facturen gaan voortaan naar " + newEmail + ".\r\n\r\n"
                        + "Heeft u hier niet om gevraagd? Neem dan contact op met uw accountmanager.\r\n\r\n"
                        + "Invoice Portal: " + portalUrl + "\r\n"
                : "Dear customer,\r\n\r\nThe e-mail address of your account in the " + tenantName
                        + " Invoice Portal has been changed from " + oldEmail + " to " + newEmail + ".\r\n"
                        + "Notifications about new invoices now go to " + newEmail + ".\r\n\r\n"
                        + "Did you not ask for this? Please contact your account manager.\r\n\r\n"
                        + "Invoice Portal: " + portalUrl + "\r\n";
        return MailSender.Mail.builder().messageId(messageId).to(to).subject(subject).text(text).build();
    }
}
