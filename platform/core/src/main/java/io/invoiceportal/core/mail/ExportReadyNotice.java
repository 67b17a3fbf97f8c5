package io.invoiceportal.core.mail;

import io.invoiceportal.core.exportjob.ExportJob;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.TenantView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notice that a customer's bulk export is ready, with the link to the screen it is downloaded
 * from (after signing in) and until when. A message of the platform itself, not of a delivery
 * channel (it is sent whatever channel the customer's invoices go by), in the tenant's brand.
 */
public final class ExportReadyNotice {
    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);

    private ExportReadyNotice() {}

    public static MailSender.Mail compose(String messageId, String to, TenantView tenant, ExportJob job, String link,
            ZoneId zone, Locale locale) {
        boolean nl = "nl".equals(locale.getLanguage());
        String name = tenant.name();
        String until = job.expiresAt().atZone(zone).format(nl ? NL : EN);
        String subject = nl ? "Uw export van " + job.done() + " facturen staat klaar"
                : "Your export of " + job.done() + " invoices is ready";
        List<String> paragraphs = new ArrayList<>();
        if (nl) {
            paragraphs.add("Beste relatie,");
            paragraphs.add("De export die u in het Invoice Portal van " + name + " heeft aangevraagd is klaar: "
                    + job.done() + " facturen in één ZIP-bestand, met een overzicht in manifest.csv.");
            if (job.failedItems() > 0) {
                paragraphs.add(job.failedItems() + " facturen konden niet worden gemaakt; manifest.csv noemt ze.");
            }
            paragraphs.add("U kunt het bestand tot " + until + " downloaden op " + link + " (na inloggen).");
        } else {
            paragraphs.add("Dear customer,");
            paragraphs.add("The export you asked for in the " + name + " Invoice Portal is ready: " + job.done()
                    + " invoices in one ZIP file, listed in manifest.csv.");
            if (job.failedItems() > 0) {
                paragraphs.add(job.failedItems() + " invoices could not be made; manifest.csv names them.");
            }
            paragraphs.add("You can download the file until " + until + " at " + link + " (after signing in).");
        }
        String text = String.join("\r\n\r\n", paragraphs) + "\r\n\r\n" + BrandedHtml.textFooter(tenant, locale);
        String sender = tenant.branding().mailSenderName();
        return MailSender.Mail.builder().messageId(messageId).to(to).subject(subject).text(text)
                .html(BrandedHtml.html(tenant, locale, subject, paragraphs))
                .attachments(BrandedHtml.logo(tenant))
                .fromName(sender == null || sender.isBlank() ? name : sender)
                .build();
    }
}
