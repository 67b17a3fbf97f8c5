package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Finding a tenant, which every request does, costs one query: host names are not routed on, so not loaded. */
class TenantLookupTest {
    @RegisterExtension
    final TestDatabaseExtension db = new TestDatabaseExtension("lookup");

    @Test
    void findBySlugIsOneQueryEvenWithHostNames() {
        Jdbi jdbi = db.jdbi();
        TenantService tenants = Fixtures.tenants(jdbi);
        tenants.create(new TenantRequest("acme", "Acme B.V.", "nl", null, null, null,
                List.of("portal.acme.example", "facturen.acme.example")));
        AtomicInteger statements = new AtomicInteger();
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        assertThat(tenants.findBySlug("acme")).get().extracting(Tenant::name).isEqualTo("Acme B.V.");
        assertThat(statements).hasValue(1);
    }
}
