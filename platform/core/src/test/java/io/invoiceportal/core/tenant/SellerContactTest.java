package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.ContactInput;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seller's contact (EN 16931 BG-6) is set, checked and removed through the tenant's settings. */
class SellerContactTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("contact");
    TenantService tenants;
    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenants = Fixtures.tenants(db.jdbi());
        tenant = Fixtures.tenant(db.jdbi(), "hollandse", "nl");
    }

    private Tenant put(ContactInput contact) {
        return tenants.updateSettings(tenant, new SettingsRequest(null, null, null, null, null, null, null, null,
                new SettingsRequest.SellerSettings(contact)), Set.of(), Set.of("email"), Map.of());
    }

    /** A contact is stored trimmed and kept when other settings change; all parts empty removes it. */
    @Test
    void setKeepAndRemove() {
        put(new ContactInput(" Debiteuren ", "+31 20 123 4567", "debiteuren@hollandse.example"));
        Tenant stored = tenants.updateSettings(tenants.findBySlug("hollandse").orElseThrow(),
                new SettingsRequest(null, null, null, null, null, null, "Europe/Amsterdam", null),
                Set.of(), Set.of("email"), Map.of());
        assertThat(stored.seller().contact())
                .isEqualTo(new Tenant.Contact("Debiteuren", "+31 20 123 4567", "debiteuren@hollandse.example"));
        assertThat(stored.seller().legalName()).isEqualTo(tenant.seller().legalName());
        tenant = stored;
        assertThat(put(new ContactInput(null, " ", null)).seller().contact()).isNull();
    }

    /** A bad phone number, e-mail address or a too long name is a field error, and nothing changes. */
    @Test
    void badPartsAreRefused() {
        assertThatThrownBy(() -> put(new ContactInput("x".repeat(201), "call me", "not-an-address")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message).containsExactlyInAnyOrder(
                                Tuple.tuple("seller.contact.name", "field.tooLong"),
                                Tuple.tuple("seller.contact.phone", "phone.invalid"),
                                Tuple.tuple("seller.contact.email", "email.invalid")));
        assertThat(tenants.findBySlug("hollandse").orElseThrow().seller().contact()).isNull();
    }
}
