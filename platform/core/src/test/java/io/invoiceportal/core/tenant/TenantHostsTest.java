package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invoiceportal.core.common.ConflictException;
import io.invoiceportal.core.common.FieldError;
import io.invoiceportal.core.common.ValidationException;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A tenant's host names: checked, unique across tenants, found case-insensitively, and the base of its portal URL. */
class TenantHostsTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("hosts");
    TenantService tenants;
    Tenant hollandse;
    Tenant northwind;

    @BeforeEach
    void setUp() {
        tenants = Fixtures.tenants(db.jdbi());
        hollandse = Fixtures.tenant(db.jdbi(), "hollandse", "nl");
        northwind = Fixtures.tenant(db.jdbi(), "northwind", "en");
    }

    /** Host names set in the settings are stored in lower case and find the tenant whatever their case. */
    @Test
    void settingsSetHostNamesThatFindTheTenant() {
        Tenant updated = put(hollandse, " Facturen.Hollandse.example ", "hollandse.localhost", "hollandse.localhost");

        assertThat(updated.hostNames()).containsExactly("facturen.hollandse.example", "hollandse.localhost");
        assertThat(tenants.findByHost("facturen.hollandse.example")).map(Tenant::slug).hasValue("hollandse");
        assertThat(tenants.findByHost("FACTUREN.hollandse.EXAMPLE")).map(Tenant::slug).hasValue("hollandse");
        assertThat(tenants.findByHost("hollandse.example")).isEmpty();
        assertThat(tenants.findById(hollandse.id()).orElseThrow().hostNames())
                .containsExactlyInAnyOrder("facturen.hollandse.example", "hollandse.localhost");
    }

    /** A changed host list applies at once on this node: the old host no longer finds the tenant, even though it was cached. */
    @Test
    void changedHostNamesApplyAtOnce() {
        put(hollandse, "old.hollandse.example");
        assertThat(tenants.findByHost("old.hollandse.example")).isPresent();
        assertThat(tenants.findByHost("new.hollandse.example")).isEmpty();

        put(hollandse, "new.hollandse.example");

        assertThat(tenants.findByHost("old.hollandse.example")).isEmpty();
        assertThat(tenants.findByHost("new.hollandse.example")).map(Tenant::slug).hasValue("hollandse");
        assertThat(put(hollandse).hostNames()).isEmpty();
        assertThat(tenants.findByHost("new.hollandse.example")).isEmpty();
    }

    /** A host of another tenant is a conflict naming the field, and the settings stay as they were. */
    @Test
    void hostOfAnotherTenantIsAConflictAndChangesNothing() {
        put(northwind, "portal.northwind.example");
        put(hollandse, "facturen.hollandse.example");

        assertThatThrownBy(() -> put(hollandse, "second.hollandse.example", "Portal.Northwind.example"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("hostNames[1]"));
        assertThat(tenants.findBySlug("hollandse").orElseThrow().hostNames()).containsExactly("facturen.hollandse.example");
        assertThat(tenants.findByHost("second.hollandse.example")).isEmpty();
        assertThat(tenants.findByHost("portal.northwind.example")).map(Tenant::slug).hasValue("northwind");

        assertThatThrownBy(() -> tenants.create(new TenantRequest("third", "Third B.V.", "nl", null, null, null,
                List.of("facturen.hollandse.example"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("hostNames[0]"));
        assertThat(tenants.findBySlug("third")).isEmpty();
    }

    /** Schemes, ports, paths, wildcards, IP addresses, single labels, the portal's own host and an eleventh host are refused per field. */
    @Test
    void badHostNamesAreRefusedPerField() {
        List<String> bad = List.of("https://a.example", "a.example:8443", "a.example/path", "*.a.example", "127.0.0.1",
                "localhost", "a..example", "-a.example", "a_b.example", "", "portal.example", "PORTAL.example");
        for (String host : bad) {
            assertThatThrownBy(() -> put(hollandse, "fine.example", host)).as(host)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("hostNames[1]"));
        }
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "h" + i + ".example").toList();
        assertThatThrownBy(() -> put(hollandse, eleven.toArray(String[]::new)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("hostNames"));
        List<String> withNull = new ArrayList<>(Arrays.asList("fine.example", null));
        assertThatThrownBy(() -> tenants.updateSettings(hollandse, request(withNull), Set.of(), Set.of("email"), Map.of()))
                .isInstanceOf(ValidationException.class);
        assertThat(tenants.findBySlug("hollandse").orElseThrow().hostNames()).isEmpty();
    }

    /** The portal URL is the tenant's first host with the public URL's scheme, port and path, else the /t/ path. */
    @Test
    void portalUrlFollowsTheFirstHostName() {
        assertThat(PortalUrls.of("http://localhost:8080", hollandse)).isEqualTo("http://localhost:8080/t/hollandse");
        Tenant withHosts = put(hollandse, "hollandse.localhost", "facturen.hollandse.example");
        assertThat(PortalUrls.of("http://localhost:8080", withHosts)).isEqualTo("http://hollandse.localhost:8080");
        assertThat(PortalUrls.of("https://portal.example", withHosts)).isEqualTo("https://hollandse.localhost");
        assertThat(PortalUrls.of("https://portal.example/facturen", withHosts))
                .isEqualTo("https://hollandse.localhost/facturen");
    }

    /** A Host header's port, final dot and case do not matter; IP literals and junk name no host. */
    @Test
    void hostHeadersAreNormalised() {
        assertThat(HostNames.ofHeader("Facturen.Hollandse.Example:8443")).hasValue("facturen.hollandse.example");
        assertThat(HostNames.ofHeader("facturen.hollandse.example.")).hasValue("facturen.hollandse.example");
        assertThat(HostNames.ofHeader("[::1]:8080")).isEmpty();
        assertThat(HostNames.ofHeader(null)).isEmpty();
        assertThat(HostNames.ofHeader("a b.example")).isEmpty();
    }

    private Tenant put(Tenant tenant, String... hosts) {
        return tenants.updateSettings(tenant, request(List.of(hosts)), Set.of(), Set.of("email"), Map.of());
    }

    private static SettingsRequest request(List<String> hosts) {
        return new SettingsRequest(null, null, null, null, null, null, null, null, null, null, hosts);
    }
}
