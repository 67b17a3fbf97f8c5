package io.invoiceportal.core.testing;

import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantRequest;
import io.invoiceportal.core.tenant.TenantDefaults;
import io.invoiceportal.core.tenant.TenantService;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Tenants and customers made through the real services. */
public final class Fixtures {
    private Fixtures() {}

    /** The built-in plugins' formats and channels and the time zone, as config.yml names them. */
    public static final TenantDefaults DEFAULTS = new TenantDefaults(List.of("pdf", "xml", "csv"),
            List.of("email", "email-pdf"), ZoneId.of("Europe/Amsterdam"));

    /** The portal's own URL in core's tests. */
    public static final String PUBLIC_URL = "https://portal.example";

    public static TenantService tenants(Jdbi jdbi) {
        return new TenantService(jdbi, DEFAULTS, PUBLIC_URL);
    }

    public static Tenant tenant(Jdbi jdbi, String slug, String language) {
        return tenants(jdbi).create(new TenantRequest(slug, slug + " Energie B.V.", language,
                null, null, null, null)).tenant();
    }

    public static void customer(Jdbi jdbi, Tenant tenant, String number, String login, String email) {
        new CustomerService(jdbi).put(tenant, number, new CustomerRequest("Bakkerij " + login, email, login,
                null, null, null, null, null, null, null, null), "test");
    }
}
