package io.invoiceportal.server;

import static io.invoiceportal.server.BrandedMailIT.html;
import static io.invoiceportal.server.BrandedMailIT.part;
import static io.invoiceportal.server.BrandedMailIT.share;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.invoice.Invoice;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample tenants as tenants-sample/ defines them, loaded as the portal loads them at start: the welcome mail each sends (real
 * SMTP) and the PDF of one of its invoices (the export-pdf plugin), looked at in Chromium and PDFBox.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SampleBrandsIT {
    static final int SMTP_PORT = AccountJourneyIT.freePort();
    static final List<String> SAMPLES = List.of("hollandse-energie", "northwind-facilities");

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("samplebrands",
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"));

    /**
     * Each sample tenant's welcome mail comes under its sender name with its logo, accent band and own
     * welcome text, its PDF shows its primary colour; screenshots of both (target/screenshots/sample-*.png)
     * show each tenant's own colours and none of the other's.
     */
    @Test
    void sampleTenantsLookLikeTwoCompanies() throws Exception {
        Services services = APP.<PortalApplication>getApplication().services();
        assertThat(services.sampleLoader().loadAll(java.nio.file.Path.of("tenants-sample"))).containsAll(SAMPLES);
        Map<String, Tenant> tenants = new HashMap<>();
        Map<String, BufferedImage> mails = new HashMap<>();
        Map<String, BufferedImage> pdfs = new HashMap<>();
        try (Browser browser = new Browser()) {
            for (String slug : SAMPLES) {
                Tenant tenant = services.tenants().findBySlug(slug).orElseThrow();
                tenants.put(slug, tenant);
                MimeMessage welcome = await().atMost(Duration.ofSeconds(90))
                        .until(() -> welcomeFrom(tenant.branding().mailSenderName()), m -> m != null);
                String html = html(welcome);
                assertThat(html).contains("cid:logo@invoice-portal", "background:" + tenant.branding().accentColor());
                String opening = tenant.branding().texts().get(tenant.defaultLanguage()).get("welcome");
                assertThat(html).contains(opening.substring(0, opening.indexOf('{')).strip().replace("'", "&#39;"));
                byte[] logo = part(welcome, p -> p.getHeader("Content-ID") != null).getInputStream().readAllBytes();
                Page page = browser.newPage("nl-NL");
                page.setViewportSize(700, 900);
                page.setContent(html.replace("cid:logo@invoice-portal", "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(logo)));
                mails.put(slug, ImageIO.read(Browser.screenshot(page, "sample-mail-" + slug).toFile()));
                pdfs.put(slug, firstPage(services, tenant, slug));
            }
        }
        for (String slug : SAMPLES) {
            Tenant own = tenants.get(slug);
            Tenant other = tenants.get(SAMPLES.get(1 - SAMPLES.indexOf(slug)));
            assertThat(share(mails.get(slug), own.branding().accentColor())).as(slug).isGreaterThan(0.001);
            assertThat(share(mails.get(slug), other.branding().accentColor())).as(slug).isZero();
            assertThat(share(pdfs.get(slug), own.branding().primaryColor())).as(slug).isGreaterThan(0.001);
            assertThat(share(pdfs.get(slug), other.branding().primaryColor())).as(slug).isZero();
        }
    }

    /** An activation (welcome) mail sent under {@code senderName}: a tenant's only, as the names differ. */
    static MimeMessage welcomeFrom(String senderName) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return senderName.equals(((InternetAddress) m.getFrom()[0]).getPersonal()) && html(m).contains("/activate?token=");
            } catch (Exception | AssertionError e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    static BufferedImage firstPage(Services services, Tenant tenant, String slug) throws Exception {
        String number = services.jdbi().withHandle(h -> h.createQuery(
                "select invoice_number from invoice where tenant_id = :t order by invoice_number limit 1")
                .bind("t", tenant.id()).mapTo(String.class).one());
        Invoice invoice = services.invoices().get(tenant, number);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        services.exports().render(tenant, invoice, "pdf", Locale.forLanguageTag(tenant.defaultLanguage())).writer().writeTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", Browser.SCREENSHOTS.resolve("sample-pdf-" + slug + ".png").toFile());
            return page;
        }
    }
}
