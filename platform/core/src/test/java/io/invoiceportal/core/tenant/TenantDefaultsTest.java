package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A new tenant's formats, channels and time zone come from the configuration, and so does a new customer's channel. */
class TenantDefaultsTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("defaults");

    @Test
    void newTenantsAndCustomersGetTheConfiguredDefaults() {
        TenantService tenants = new TenantService(db.jdbi(),
                new TenantDefaults(List.of("xml"), List.of("letter", "email"), ZoneId.of("Europe/Lisbon")), "https://portal.example");
        Tenant tenant = tenants.create(new TenantRequest("acme", "Acme B.V.", "nl", null, null, null, null)).tenant();
        assertThat(tenant.enabledFormats()).containsExactly("xml");
        assertThat(tenant.enabledChannels()).containsExactly("letter", "email");
        assertThat(tenant.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));

        CustomerService customers = new CustomerService(db.jdbi());
        customers.put(tenant, "C-1", new CustomerRequest("Bakkerij", "a@example.test", "bakkerij", null, null, null,
                null, null, null, null, null), "test");
        assertThat(customers.get(tenant, "C-1").deliveryChannel()).isEqualTo("letter");
    }
}
