package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Login preview tokens: found only by their own tenant while fresh, stored hashed, never stored in the settings. */
class BrandingPreviewTokenTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("brandpreview");

    /** A token shows its branding to its tenant for 10 minutes; another tenant, an expired or a made-up token see nothing. */
    @Test
    void tokenIsTenantBoundExpiringAndHashed() {
        Jdbi jdbi = db.jdbi();
        TenantService tenants = Fixtures.tenants(jdbi);
        Tenant acme = tenants.create(new TenantRequest("acme", "Acme B.V.", "nl", null, null, null, null)).tenant();
        Tenant other = tenants.create(new TenantRequest("other", "Other B.V.", "nl", null, null, null, null)).tenant();
        Tenant.Branding b = acme.branding();
        Tenant.Branding unsaved = new Tenant.Branding("Unsaved Acme", b.primaryColor(), b.accentColor(), b.fontFamily(),
                b.logoSvg(), b.logoPng(), b.faviconSvg(), b.faviconPng(), b.footer(), b.mailSenderName(), b.texts());
        Instant now = Instant.now();

        TenantService.PreviewToken token = tenants.startPreview(acme, unsaved, now);
        assertThat(token.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(10)));
        assertThat(tenants.preview(acme, token.token())).get().extracting(Tenant.Branding::displayName).isEqualTo("Unsaved Acme");
        assertThat(tenants.preview(other, token.token())).as("another tenant").isEmpty();
        assertThat(tenants.preview(acme, token.token() + "x")).isEmpty();
        for (String nothing : new String[] {null, "", "a".repeat(200)}) {
            assertThat(tenants.preview(acme, nothing)).isEmpty();
        }
        TenantService.PreviewToken expired = tenants.startPreview(acme, unsaved, now.minus(Duration.ofMinutes(11)));
        assertThat(tenants.preview(acme, expired.token())).as("expired").isEmpty();

        List<String> stored = jdbi.withHandle(h -> h.createQuery("select encode(token_hash, 'escape') from branding_preview")
                .mapTo(String.class).list());
        assertThat(stored).noneMatch(hash -> hash.contains(token.token()));
        assertThat(tenants.findBySlug("acme").orElseThrow().displayName()).as("settings untouched").isEqualTo("Acme B.V.");
    }
}
