package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.tenant.Fonts;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two differently branded tenants, real plugins, real SMTP (GreenMail): every mail shows its own
 * tenant's brand — sender name, inline logo, colours, footer, own texts — and nothing of the other's.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BrandedMailIT {
    static final int SMTP_PORT = AccountJourneyIT.freePort();

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("brandedmail",
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"));
    static Http api;

    record Brand(String slug, String sender, String primary, String accent, String footer, String text) {}

    static final Brand HOLLANDSE = new Brand("hollandse-energie", "Hollandse Energie Klantenservice", "#1b7340", "#7a4a00",
            "Hollandse Energie B.V. <groen> · KvK 12345678", "Goedendag {customerName}, factuur {invoiceNumber} van {amount} staat klaar.");
    static final Brand NORTHWIND = new Brand("northwind-facilities", "Northwind Billing", "#0b4f8a", "#5b2a86",
            "Northwind Facilities Ltd · Registered in England", "Hello {customerName}, {portalName} has invoice {invoiceNumber} for you.");

    @BeforeAll
    static void tenants() throws IOException {
        api = new Http("http://localhost:" + APP.getLocalPort() + "/api");
        for (Brand brand : List.of(HOLLANDSE, NORTHWIND)) {
            String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", brand.slug(), "name", brand.slug()))
                    .json().path("apiKey").asText();
            brand(brand, brand.slug());
            Http.Answer customer = api.put("/v1/tenants/" + brand.slug() + "/customers/C-1", key, Map.of(
                    "companyName", "Klant van " + brand.slug(), "contact", Map.of("name", "J. de Vries"),
                    "email", "c1@" + brand.slug() + ".test", "deliveryChannel", "email-pdf", "language", "nl"));
            assertThat(customer.status()).as(customer.body()).isEqualTo(201);
            Http.Answer published = api.post("/v1/tenants/" + brand.slug() + "/invoices", key, Map.of("invoiceNumber", "2026-0042",
                    "customerNumber", "C-1", "issueDate", "2026-11-01", "dueDate", "2026-12-01", "currency", "EUR",
                    "lines", List.of(Map.of("name", "Levering", "quantity", "1", "unitPrice", "100.00", "vatCategory", "S",
                            "vatRate", "21"))));
            assertThat(published.status()).as(published.body()).isEqualTo(201);
        }
    }

    /** The branding through core, as stored settings (the REST validation of all branding fields is branding-core's). */
    static void brand(Brand brand, String logoOf) throws IOException {
        String svg = Files.readString(Path.of("tenants-sample").resolve(logoOf).resolve("logo.svg"));
        Tenant.Branding branding = new Tenant.Branding(brand.slug().equals("hollandse-energie") ? "Hollandse Energie" : "Northwind",
                brand.primary(), brand.accent(), brand.slug().equals("hollandse-energie") ? "humanist" : "transitional", svg, null,
                null, null, Map.of("nl", new Tenant.Branding.Footer(brand.footer(),
                        List.of(new Tenant.Branding.Link("Privacy", "https://" + brand.slug() + ".example/privacy")))),
                brand.sender(), Map.of("nl", Map.of("newInvoice", brand.text())));
        int updated = APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createUpdate(
                "update tenant set settings = jsonb_set(settings, '{branding}', cast(:b as jsonb)) where slug = :s")
                .bind("b", Json.write(branding)).bind("s", brand.slug()).execute());
        assertThat(updated).isEqualTo(1);
    }

    /** Each tenant's invoice mail shows its own sender name, inline logo, colours, font, footer and filled-in text. */
    @Test
    void eachTenantsMailShowsItsOwnBrand() throws Exception {
        MimeMessage hollandse = mailTo("c1@hollandse-energie.test");
        MimeMessage northwind = mailTo("c1@northwind-facilities.test");

        assertThat(((InternetAddress) hollandse.getFrom()[0]).getPersonal()).isEqualTo("Hollandse Energie Klantenservice");
        assertThat(((InternetAddress) northwind.getFrom()[0]).getPersonal()).isEqualTo("Northwind Billing");
        assertThat(((InternetAddress) northwind.getFrom()[0]).getAddress())
                .isEqualTo(((InternetAddress) hollandse.getFrom()[0]).getAddress());
        for (MimeMessage mail : List.of(hollandse, northwind)) {
            BodyPart logo = part(mail, p -> p.getHeader("Content-ID") != null);
            assertThat(logo.getHeader("Content-ID")).containsExactly("<logo@invoice-portal>");
            assertThat(logo.isMimeType("image/png")).isTrue();
            assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
            assertThat(part(mail, p -> Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())).getFileName()).isEqualTo("2026-0042.pdf");
        }
        String hollandseHtml = html(hollandse);
        String northwindHtml = html(northwind);
        assertThat(hollandseHtml).contains("src=\"cid:logo@invoice-portal\"", "background:#1b7340;color:#ffffff",
                "background:#7a4a00", "Hollandse Energie B.V. &lt;groen&gt; · KvK 12345678", Fonts.stack("humanist").split(",")[0],
                "Goedendag J. de Vries, factuur 2026-0042 van ", "121,00 staat klaar.")
                .doesNotContain("#0b4f8a", "Northwind");
        assertThat(northwindHtml).contains("src=\"cid:logo@invoice-portal\"", "background:#0b4f8a;color:#ffffff",
                "background:#5b2a86", "Northwind Facilities Ltd · Registered in England", "Charter",
                "Hello J. de Vries, Northwind has invoice 2026-0042 for you.")
                .doesNotContain("#1b7340", "Hollandse");
        assertThat(text(hollandse)).contains("Hollandse Energie B.V. <groen> · KvK 12345678",
                "Privacy: https://hollandse-energie.example/privacy");
    }

    /** The platform's own e-mail-changed notice carries the tenant's sender name, logo and footer too. */
    @Test
    void emailChangedNoticeIsBranded() throws Exception {
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "brandchange", "name", "brandchange"))
                .json().path("apiKey").asText();
        brand(new Brand("brandchange", "Brand Change Service", "#7a1f5c", "#1d5e3a", "Brand Change footer", "x"), "northwind-facilities");
        api.put("/v1/tenants/brandchange/customers/C-2", key, Map.of("companyName", "K", "email", "old@brandchange.test",
                "deliveryChannel", "email", "language", "nl"));
        assertThat(api.put("/v1/tenants/brandchange/customers/C-2", key, Map.of("email", "new@brandchange.test")).status())
                .isEqualTo(200);

        MimeMessage notice = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals("old@brandchange.test") && subject(m).contains("gewijzigd")).findFirst().orElse(null),
                m -> m != null);

        assertThat(((InternetAddress) notice.getFrom()[0]).getPersonal()).isEqualTo("Brand Change Service");
        assertThat(part(notice, p -> p.getHeader("Content-ID") != null).isMimeType("image/png")).isTrue();
        assertThat(html(notice)).contains("background:#1d5e3a", "Brand Change footer", "cid:logo@invoice-portal");
    }

    /**
     * Looked at: each tenant's invoice mail rendered in Chromium (the inline logo given as a data URL,
     * as a mail client would show the cid part) and the first page of its attached PDF rendered by PDFBox,
     * saved under target/screenshots; each image shows its own tenant's colour and none of the other's.
     */
    @Test
    void screenshotsShowTwoDifferentCompanies() throws Exception {
        Map<String, BufferedImage> mails = new java.util.HashMap<>();
        Map<String, BufferedImage> pdfs = new java.util.HashMap<>();
        try (Browser browser = new Browser()) {
            for (Brand brand : List.of(HOLLANDSE, NORTHWIND)) {
                MimeMessage mail = mailTo("c1@" + brand.slug() + ".test");
                byte[] logo = part(mail, p -> p.getHeader("Content-ID") != null).getInputStream().readAllBytes();
                Page page = browser.newPage("nl-NL");
                page.setViewportSize(700, 900);
                page.setContent(html(mail).replace("cid:logo@invoice-portal",
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(logo)));
                mails.put(brand.slug(), ImageIO.read(Browser.screenshot(page, "mail-" + brand.slug()).toFile()));
                byte[] pdf = part(mail, p -> Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())).getInputStream().readAllBytes();
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 100);
                    ImageIO.write(first, "png", Browser.SCREENSHOTS.resolve("pdf-" + brand.slug() + ".png").toFile());
                    pdfs.put(brand.slug(), first);
                }
            }
        }
        ownColourOnly(mails, Brand::accent);
        ownColourOnly(pdfs, Brand::primary);
        assertThat(Files.size(Browser.SCREENSHOTS.resolve("mail-hollandse-energie.png"))).isPositive();
        assertThat(Files.size(Browser.SCREENSHOTS.resolve("pdf-northwind-facilities.png"))).isPositive();
    }

    /** Each tenant's image shows its own colour (at least 0.1 % of the pixels) and none of the other tenant's. */
    static void ownColourOnly(Map<String, BufferedImage> shots, java.util.function.Function<Brand, String> colour) {
        for (Brand own : List.of(HOLLANDSE, NORTHWIND)) {
            Brand other = own == HOLLANDSE ? NORTHWIND : HOLLANDSE;
            assertThat(share(shots.get(own.slug()), colour.apply(own))).as(own.slug()).isGreaterThan(0.001);
            assertThat(share(shots.get(own.slug()), colour.apply(other))).as(own.slug()).isZero();
        }
    }

    /** The share of the image's pixels that are {@code hex} (within a small tolerance for antialiasing). */
    static double share(BufferedImage image, String hex) {
        int want = Integer.parseInt(hex.substring(1), 16);
        long hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs((rgb >> 16 & 0xff) - (want >> 16 & 0xff)) <= 3 && Math.abs((rgb >> 8 & 0xff) - (want >> 8 & 0xff)) <= 3
                        && Math.abs((rgb & 0xff) - (want & 0xff)) <= 3) {
                    hits++;
                }
            }
        }
        return hits / (double) (image.getWidth() * image.getHeight());
    }

    static MimeMessage mailTo(String to) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals(to) && subject(m).contains("factuur")).findFirst().orElse(null), m -> m != null);
    }

    static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    interface PartTest {
        boolean test(Part part) throws Exception;
    }

    static BodyPart part(Part root, PartTest test) throws Exception {
        List<BodyPart> all = new ArrayList<>();
        collect(root, all);
        for (BodyPart p : all) {
            if (test.test(p)) {
                return p;
            }
        }
        throw new AssertionError("no such part");
    }

    static void collect(Part part, List<BodyPart> into) throws Exception {
        if (part instanceof BodyPart body) {
            into.add(body);
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), into);
            }
        }
    }

    static String html(MimeMessage mail) throws Exception {
        return (String) part(mail, p -> p.isMimeType("text/html")).getContent();
    }

    static String text(MimeMessage mail) throws Exception {
        return (String) part(mail, p -> p.isMimeType("text/plain")).getContent();
    }
}
