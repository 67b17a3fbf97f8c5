package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of a tenant's images becomes its icon, and that the icon's version follows its bytes. */
class FaviconTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1};
    private static final byte[] LOGO_PNG = {(byte) 0x89, 'P', 'N', 'G', 2};

    private static Tenant tenant(String faviconSvg, byte[] faviconPng, String logoSvg, byte[] logoPng) {
        Tenant.Branding branding = new Tenant.Branding(null, "#1b7340", "#8cc63f", null, logoSvg, logoPng, faviconSvg,
                faviconPng, Map.of(), null, Map.of());
        return new Tenant(1, "demo", "Demo", "nl", null, branding, List.of("nl"), List.of(), List.of(), List.of(),
                ZoneId.of("Europe/Amsterdam"), List.of());
    }

    /** The favicon comes first (SVG before PNG), then the logo (SVG before PNG); without any there is none. */
    @Test
    void faviconBeforeLogoAndSvgBeforePng() {
        assertThat(Favicon.of(tenant(SVG, PNG, "<svg/>", LOGO_PNG)).orElseThrow().mediaType()).isEqualTo(Favicon.SVG);
        Favicon png = Favicon.of(tenant(null, PNG, "<svg/>", LOGO_PNG)).orElseThrow();
        assertThat(png.mediaType()).isEqualTo(Favicon.PNG);
        assertThat(png.bytes()).isEqualTo(PNG);
        assertThat(Favicon.of(tenant(" ", null, SVG, LOGO_PNG)).orElseThrow().bytes())
                .isEqualTo(SVG.getBytes(StandardCharsets.UTF_8));
        assertThat(Favicon.of(tenant(null, new byte[0], null, LOGO_PNG)).orElseThrow().bytes()).isEqualTo(LOGO_PNG);
        assertThat(Favicon.of(tenant(null, null, null, null))).isEmpty();
    }

    /** The version is 16 hex digits that change when the bytes do and only then. */
    @Test
    void versionFollowsTheBytes() {
        String one = Favicon.of(tenant(SVG, null, null, null)).orElseThrow().version();
        assertThat(one).matches("[0-9a-f]{16}");
        assertThat(Favicon.of(tenant(SVG, null, "<svg/>", null)).orElseThrow().version()).isEqualTo(one);
        assertThat(Favicon.of(tenant(SVG + " ", null, null, null)).orElseThrow().version()).isNotEqualTo(one);
    }
}
