package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.common.Checks;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.Json;
import io.invoiceportal.core.common.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The checks of a branding as a settings body sends it (no database): every bad input is refused by field. */
class BrandingCheckTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#123456\"/></svg>";
    private static final Tenant.Branding STORED = new Tenant.Branding("Stored B.V.", "#1f4e79", "#f0a500", "humanist",
            SVG, null, null, null, Map.of("nl", new Tenant.Branding.Footer("Voet", List.of())), "Stored",
            Map.of("nl", Map.of("welcome", "Welkom {customerName}", "loginIntro", "Log in")));

    private static BrandingInput input(Map<String, ?> json) {
        return Json.MAPPER.convertValue(json, BrandingInput.class);
    }

    private static List<FieldError> errors(Map<String, ?> json) {
        Checks checks = new Checks();
        BrandingCheck.apply(checks, STORED, input(json), List.of("nl", "en"));
        try {
            checks.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private static Tenant.Branding applied(Map<String, ?> json) {
        Checks checks = new Checks();
        Tenant.Branding b = BrandingCheck.apply(checks, STORED, input(json), List.of("nl", "en"));
        checks.throwIfAny();
        return b;
    }

    private static void refused(Map<String, ?> json, String field, String key) {
        List<FieldError> errors = errors(json);
        assertThat(errors).as(json.toString()).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.get(0).message()).as(json.toString()).isEqualTo(key);
    }

    static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** Colours: #rgb and upper case are normalised; a colour white text cannot be read on names the ratio and the minimum. */
    @Test
    void colours() {
        assertThat(applied(Map.of("primaryColor", "#05A", "accentColor", "#1F4E79")).primaryColor()).isEqualTo("#0055aa");
        assertThat(applied(Map.of("accentColor", "#1F4E79")).accentColor()).isEqualTo("#1f4e79");
        for (String bad : List.of("red", "#12345", "", "#gggggg", "javascript:x", "#1f4e79ff")) {
            refused(Map.of("primaryColor", bad), "branding.primaryColor", "colour.invalid");
        }
        List<FieldError> e = errors(Map.of("accentColor", "#f0a500"));
        assertThat(e).extracting(FieldError::field).containsExactly("branding.accentColor");
        assertThat(e.get(0).message()).isEqualTo("colour.contrast");
        assertThat(e.get(0).args()).containsExactly("2.08", "4.5");
        refused(Map.of("primaryColor", "#777777"), "branding.primaryColor", "colour.contrast");
        assertThat(applied(Map.of("primaryColor", "#767676")).primaryColor()).isEqualTo("#767676");
    }

    /** The colours of a new tenant pass the rule they enforce (the old default accent #f0a500 did not). */
    @Test
    void defaultsReachAa() {
        assertThat(Contrast.withWhite(BrandingCheck.DEFAULT_PRIMARY)).isGreaterThanOrEqualTo(Contrast.MINIMUM);
        assertThat(Contrast.withWhite(BrandingCheck.DEFAULT_ACCENT)).isGreaterThanOrEqualTo(Contrast.MINIMUM);
        assertThat(Contrast.withWhite("#f0a500")).isLessThan(Contrast.MINIMUM);
    }

    /** A key left out keeps its value (even an old colour below the minimum); "" removes names, font and logo. */
    @Test
    void leftOutKeepsEmptyRemoves() {
        Tenant.Branding kept = applied(Map.of());
        assertThat(kept).usingRecursiveComparison().isEqualTo(STORED);
        Tenant.Branding removed = applied(Map.of("displayName", "", "mailSenderName", "", "fontFamily", "", "logo", ""));
        assertThat(removed.displayName()).isNull();
        assertThat(removed.mailSenderName()).isNull();
        assertThat(removed.fontFamily()).isNull();
        assertThat(removed.logoSvg()).isNull();
        assertThat(removed.accentColor()).isEqualTo("#f0a500");
        assertThat(applied(Map.of("logoSvg", "")).logoSvg()).isNull();
    }

    /** Names are one line of plain text within their limit: no markup, quotes, CR/LF (header injection) or controls. */
    @Test
    void names() {
        assertThat(applied(Map.of("displayName", "  Hollandse Energie ", "mailSenderName", "Hollandse Energie Facturen")))
                .extracting(Tenant.Branding::displayName, Tenant.Branding::mailSenderName)
                .containsExactly("Hollandse Energie", "Hollandse Energie Facturen");
        refused(Map.of("displayName", "x".repeat(101)), "branding.displayName", "field.tooLong");
        refused(Map.of("mailSenderName", "x".repeat(81)), "branding.mailSenderName", "field.tooLong");
        refused(Map.of("displayName", "<b>Acme</b>"), "branding.displayName", "name.characters");
        refused(Map.of("mailSenderName", "Acme\" <evil@example.com>"), "branding.mailSenderName", "name.characters");
        for (String bad : List.of("Acme\r\nBcc: victim@example.com", "Acme\nX", "Acme\u0000", "Acme\u202egnp", "A\ud800")) {
            refused(Map.of("mailSenderName", bad), "branding.mailSenderName", "text.invalid");
        }
    }

    /** The font is an id of the safe list; a CSS stack or a web font is not. */
    @Test
    void font() {
        assertThat(applied(Map.of("fontFamily", "transitional")).fontFamily()).isEqualTo("transitional");
        for (String bad : List.of("Comic Sans", "Arial, sans-serif", "url(https://fonts.example/x.woff)", "SYSTEM")) {
            refused(Map.of("fontFamily", bad), "branding.fontFamily", "fontFamily.unknown");
        }
    }

    /** A logo is a sanitised SVG or a real PNG within its limits, sent as a data URI; anything else is refused. */
    @Test
    void logo() throws IOException {
        Tenant.Branding svg = applied(Map.of("logo", dataUri("image/svg+xml", SVG.getBytes(StandardCharsets.UTF_8))));
        assertThat(svg.logoSvg()).contains("<rect").startsWith("<svg");
        assertThat(svg.logoPng()).isNull();
        byte[] png = image("png", 400, 100);
        Tenant.Branding withPng = applied(Map.of("logo", dataUri("image/png", png)));
        assertThat(withPng.logoPng()).isEqualTo(png);
        assertThat(withPng.logoSvg()).as("one logo at a time").isNull();

        Map<String, String> bad = new HashMap<>();
        bad.put(dataUri("image/jpeg", image("jpg", 10, 10)), "image.dataUri");
        bad.put(dataUri("image/gif", image("gif", 10, 10)), "image.dataUri");
        bad.put(dataUri("image/png", image("jpg", 10, 10)), "image.notPng");
        bad.put(dataUri("image/png", image("gif", 10, 10)), "image.notPng");
        bad.put("data:text/html;base64," + Base64.getEncoder().encodeToString("<script>x</script>".getBytes()), "image.dataUri");
        bad.put("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image.dataUri");
        bad.put("https://evil.example/logo.png", "image.dataUri");
        bad.put("data:image/png;base64,not*base64!", "image.dataUri");
        bad.put("data:image/svg+xml;base64,%%%", "image.dataUri");
        bad.put("data:image/png;base64," + Base64.getEncoder().encodeToString(truncated(png)), "image.notPng");
        bad.put(dataUri("image/png", image("png", 2001, 10)), "image.dimensions");
        bad.put(dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes()), "logo.unsafe");
        bad.put(dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes()), "logo.unsafe");
        bad.put(dataUri("image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<use xlink:href=\"https://evil.example/a.svg#x\"/></svg>").getBytes()), "logo.unsafe");
        bad.put(dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>".getBytes()), "logo.unsafe");
        bad.put(dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(https://evil.example/p)\"/></svg>".getBytes()), "logo.unsafe");
        bad.put(dataUri("image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/t.png\"/></svg>".getBytes()), "logo.unsafe");
        bad.put(dataUri("image/svg+xml", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>".getBytes()), "logo.malformed");
        bad.put(dataUri("image/svg+xml", "<html><body/></html>".getBytes()), "logo.notSvg");
        bad.put(dataUri("image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>" + "x".repeat(205_000) + "</desc></svg>").getBytes()), "image.tooLarge");
        bad.put(dataUri("image/png", padded(png, 310_000)), "image.tooLarge");
        bad.forEach((uri, key) -> refused(Map.of("logo", uri), "branding.logo", key));
        refused(Map.of("logoSvg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                "branding.logoSvg", "logo.unsafe");
    }

    /** Harmless extras of drawing programs (metadata, styles) are left out quietly rather than refused. */
    @Test
    void svgExtrasAreCleaned() {
        String inkscape = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                + " inkscape:version=\"1.3\"><metadata>m</metadata><style>rect{fill:red}</style><rect width=\"1\" height=\"1\" style=\"fill:red\"/></svg>";
        assertThat(applied(Map.of("logoSvg", inkscape)).logoSvg())
                .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect height=\"1\" width=\"1\"></rect></svg>");
    }

    /** A favicon has smaller limits: SVG 20 KB, PNG 50 KB and at most 512 x 512 pixels. */
    @Test
    void favicon() throws IOException {
        byte[] png = image("png", 64, 64);
        assertThat(applied(Map.of("favicon", dataUri("image/png", png))).faviconPng()).isEqualTo(png);
        assertThat(applied(Map.of("favicon", dataUri("image/svg+xml", SVG.getBytes()))).faviconSvg()).contains("<rect");
        refused(Map.of("favicon", dataUri("image/png", image("png", 513, 16))), "branding.favicon", "image.dimensions");
        refused(Map.of("favicon", dataUri("image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>"
                + "x".repeat(21_000) + "</desc></svg>").getBytes())), "branding.favicon", "image.tooLarge");
        refused(Map.of("favicon", dataUri("image/png", padded(png, 52_000))), "branding.favicon", "image.tooLarge");
        refused(Map.of("favicon", dataUri("image/x-icon", new byte[] {0, 0, 1, 0})), "branding.favicon", "image.dataUri");
    }

    /** Texts: only the three keys, only offered languages, plain, at most 1000, only the key's placeholders (named in the error). */
    @Test
    void texts() {
        Tenant.Branding b = applied(Map.of("texts", Map.of("en", Map.of("newInvoice",
                "Dear {customerName}, invoice {invoiceNumber} of {amount} is due {dueDate}. {portalName}"),
                "nl", Map.of("loginIntro", ""))));
        assertThat(b.texts().get("en")).containsOnlyKeys("newInvoice");
        assertThat(b.texts().get("nl")).as("a text sent as \"\" is removed, others kept").containsOnlyKeys("welcome");
        Map<String, Object> nullLanguage = new HashMap<>();
        nullLanguage.put("nl", null);
        assertThat(applied(Map.of("texts", nullLanguage)).texts()).doesNotContainKey("nl");

        refused(Map.of("texts", Map.of("de", Map.of("welcome", "Willkommen"))), "branding.texts.de", "language.notOffered");
        refused(Map.of("texts", Map.of("nl", Map.of("goodbye", "Dag"))), "branding.texts.nl.goodbye", "textKey.unknown");
        refused(Map.of("texts", Map.of("nl", Map.of("newInvoice", "Factuur <b>{invoiceNumber}</b>"))),
                "branding.texts.nl.newInvoice", "text.markup");
        refused(Map.of("texts", Map.of("nl", Map.of("welcome", "x".repeat(1001)))), "branding.texts.nl.welcome", "field.tooLong");
        refused(Map.of("texts", Map.of("nl", Map.of("welcome", "Hallo\u0007"))), "branding.texts.nl.welcome", "text.invalid");
        List<FieldError> e = errors(Map.of("texts", Map.of("nl", Map.of("welcome", "Factuur {invoiceNumber} voor {customerName}"))));
        assertThat(e).extracting(FieldError::field).containsExactly("branding.texts.nl.welcome");
        assertThat(e.get(0).message()).isEqualTo("placeholder.unknown");
        assertThat(e.get(0).args()).containsExactly("{invoiceNumber}", "{customerName}, {portalName}");
        refused(Map.of("texts", Map.of("en", Map.of("loginIntro", "Welcome {customerName}"))),
                "branding.texts.en.loginIntro", "placeholder.unknown");
    }

    /** Footers: plain text up to 500, at most 8 links with plain labels up to 60 and https or mailto URLs. */
    @Test
    void footer() {
        Tenant.Branding b = applied(Map.of("footer", Map.of("en", Map.of("text", "Acme Ltd, Dublin",
                "links", List.of(Map.of("label", "Privacy", "url", "https://acme.example/privacy"),
                        Map.of("label", "Mail us", "url", "mailto:help@acme.example"))))));
        assertThat(b.footer().get("en").links()).extracting(Tenant.Branding.Link::url)
                .containsExactly("https://acme.example/privacy", "mailto:help@acme.example");
        assertThat(b.footer()).as("the nl footer is kept").containsKey("nl");

        for (String url : List.of("http://acme.example", "javascript:alert(1)", "https://", "https:///path", "ftp://acme.example",
                "mailto:", "mailto:nobody", "data:text/html,x", "https://user:pw@acme.example/", "https://acme.example/a b", "//acme.example")) {
            refused(Map.of("footer", Map.of("en", Map.of("links", List.of(Map.of("label", "Ok", "url", "https://ok.example"),
                    Map.of("label", "Bad", "url", url))))), "branding.footer.en.links[1].url", "link.url");
        }
        refused(Map.of("footer", Map.of("en", Map.of("links", List.of(Map.of("label", "<i>x</i>", "url", "https://ok.example"))))),
                "branding.footer.en.links[0].label", "name.characters");
        refused(Map.of("footer", Map.of("en", Map.of("links", List.of(Map.of("label", "x".repeat(61), "url", "https://ok.example"))))),
                "branding.footer.en.links[0].label", "field.tooLong");
        refused(Map.of("footer", Map.of("en", Map.of("links", List.of(Map.of("url", "https://ok.example"))))),
                "branding.footer.en.links[0].label", "field.required");
        List<Map<String, String>> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(Map.of("label", "L" + i, "url", "https://ok.example/" + i));
        }
        refused(Map.of("footer", Map.of("en", Map.of("links", nine))), "branding.footer.en.links", "list.tooLong");
        refused(Map.of("footer", Map.of("en", Map.of("text", "x".repeat(501)))), "branding.footer.en.text", "field.tooLong");
        refused(Map.of("footer", Map.of("nl", Map.of("text", "<a href=x>y</a>"))), "branding.footer.nl.text", "text.markup");
        refused(Map.of("footer", Map.of("fr", Map.of("text", "Bonjour"))), "branding.footer.fr", "language.notOffered");
        assertThat(applied(Map.of("footer", Map.of("nl", Map.of("text", "")))).footer()).as("an empty footer is removed")
                .doesNotContainKey("nl");
    }

    /** Errors in several fields are all told at once. */
    @Test
    void allErrorsAtOnce() {
        assertThat(errors(Map.of("primaryColor", "#eeeeee", "displayName", "a<b", "logo", "x", "fontFamily", "comic",
                "texts", Map.of("en", Map.of("welcome", "{x}"))))).extracting(FieldError::field).containsExactlyInAnyOrder(
                        "branding.primaryColor", "branding.displayName", "branding.logo", "branding.fontFamily",
                        "branding.texts.en.welcome");
    }

    private static byte[] truncated(byte[] png) {
        return java.util.Arrays.copyOf(png, png.length / 2);
    }

    /** A real PNG with bytes after its end, to reach a size. */
    private static byte[] padded(byte[] png, int size) {
        return java.util.Arrays.copyOf(png, size);
    }
}
