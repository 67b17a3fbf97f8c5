package io.invoiceportal.core.export;

import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.NotFoundException;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.invoice.InvoiceDrafts;
import io.invoiceportal.core.invoice.InvoiceRequest;
import io.invoiceportal.core.tenant.PluginSettingsService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.plugin.api.DeliveryChannel;
import io.invoiceportal.plugin.api.DeliveryContext;
import io.invoiceportal.plugin.api.ExportContext;
import io.invoiceportal.plugin.api.ExportException;
import io.invoiceportal.plugin.api.InvoiceExporter;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.plugin.api.Notification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Renders what an issuer previews before saving branding: a sample invoice (built in memory, numbered
 * {@code VOORBEELD-0001} or {@code SAMPLE-0001}) as the tenant's PDF exporter makes it, and the
 * new-invoice mail the tenant's delivery channel would send for it, captured instead of sent. The
 * tenant passed carries the branding to show (saved or not); nothing is stored and nothing is sent.
 */
public class BrandingPreview {
    private final ExporterCatalog catalog;
    private final PluginSettingsService pluginSettings;
    private final String publicUrl;
    private final Clock clock;

    public BrandingPreview(Jdbi jdbi, ExporterCatalog catalog, String publicUrl, Clock clock) {
        this.catalog = catalog;
        this.pluginSettings = new PluginSettingsService(jdbi);
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The sample invoice as the tenant's first PDF format renders it; 404 when the tenant offers none. */
    public byte[] pdf(Tenant tenant, Locale locale) throws ExportException {
        InvoiceExporter exporter = tenant.enabledFormats().stream().map(catalog::exporter).flatMap(Optional::stream)
                .filter(e -> ExportService.PDF.equals(e.mediaType())).findFirst()
                .orElseThrow(() -> new NotFoundException("This portal offers no PDF format to preview"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.export(PluginViews.invoice(tenant, customer(tenant, locale), invoice(locale)),
                    ExportContext.builder().tenant(PluginViews.tenant(tenant, publicUrl)).locale(locale).clock(clock)
                            .settings(pluginSettings.of(tenant.id(), exporter.id(), exporter.settings())).build(), out);
        } catch (IOException e) {
            throw new ExportException("the preview PDF could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * The new-invoice mail of the sample invoice as the first of the tenant's delivery channels that
     * sends a mail composes it; inline images ({@code cid:}) are turned into data URIs so a browser
     * shows the HTML as a mail program would. 404 when no channel of the tenant sends a mail.
     */
    public MailSender.Mail mail(Tenant tenant, Locale locale) {
        Customer customer = customer(tenant, locale);
        Invoice invoice = invoice(locale);
        for (String id : tenant.enabledChannels()) {
            Optional<DeliveryChannel> channel = catalog.channel(id);
            if (channel.isEmpty()) {
                continue;
            }
            List<MailSender.Mail> captured = new ArrayList<>();
            Notification notification = Notification.NewInvoice.of("preview@invoice-portal",
                    PluginViews.customer(customer), PluginViews.invoice(tenant, customer, invoice),
                    publicUrl + "/t/" + tenant.slug() + "/invoices/" + invoice.invoiceNumber(), () -> pdf(tenant, locale));
            channel.get().deliver(notification, DeliveryContext.builder().tenant(PluginViews.tenant(tenant, publicUrl))
                    .locale(locale).mailer(captured::add).clock(clock)
                    .settings(pluginSettings.of(tenant.id(), id, channel.get().settings())).build());
            if (!captured.isEmpty()) {
                return captured.get(0);
            }
        }
        throw new NotFoundException("No delivery channel of this portal sends a mail to preview");
    }

    /** The HTML of {@code mail} with its inline images as data URIs; null when it has no HTML. */
    public static String htmlWithInlineImages(MailSender.Mail mail) {
        if (mail.html() == null) {
            return null;
        }
        String html = mail.html();
        for (MailSender.Attachment a : mail.attachments()) {
            if (a.contentId() != null) {
                html = html.replace("cid:" + a.contentId(),
                        "data:" + a.mediaType() + ";base64," + Base64.getEncoder().encodeToString(a.content()));
            }
        }
        return html;
    }

    private static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }

    private static Customer customer(Tenant tenant, Locale locale) {
        boolean nl = dutch(locale);
        return new Customer(0, nl ? "VOORBEELD" : "SAMPLE", nl ? "Voorbeeldklant B.V." : "Sample Customer Ltd",
                "klant@example.com", locale.getLanguage(), tenant.enabledChannels().isEmpty() ? null
                        : tenant.enabledChannels().get(0), nl ? "J. de Vries" : "J. Smith", null,
                nl ? "Voorbeeldstraat 1" : "1 Sample Street", nl ? "1234 AB" : "D02 XY45", nl ? "Utrecht" : "Dublin",
                nl ? "NL" : "IE", null, null, null, null, null);
    }

    private Invoice invoice(Locale locale) {
        boolean nl = dutch(locale);
        LocalDate today = LocalDate.now(clock);
        return InvoiceDrafts.compute(Json.MAPPER.convertValue(Map.of(
                "invoiceNumber", nl ? "VOORBEELD-0001" : "SAMPLE-0001",
                "customerNumber", nl ? "VOORBEELD" : "SAMPLE",
                "issueDate", today.toString(), "dueDate", today.plusDays(30).toString(), "currency", "EUR",
                "note", nl ? "Voorbeeldfactuur: alleen om de huisstijl te bekijken." : "Sample invoice: only to preview the branding.",
                "lines", List.of(
                        Map.of("name", nl ? "Voorbeelddienst" : "Sample service", "quantity", "2", "unitPrice", "125.00",
                                "vatCategory", "S", "vatRate", "21"),
                        Map.of("name", nl ? "Voorbeeldproduct" : "Sample product", "quantity", "1", "unitPrice", "49.95",
                                "vatCategory", "S", "vatRate", "21"))), InvoiceRequest.class));
    }
}
