package io.invoiceportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    /** Each test database is a fresh, migrated PostgreSQL database. */
    @Test
    void createsAMigratedDatabase() {
        TestDatabase db = TestDatabase.create("smoke");
        Integer tenants = db.jdbi().withHandle(h -> h.createQuery("select count(*) from tenant").mapTo(Integer.class).one());
        assertThat(tenants).isZero();
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://h:1/a?user=x", "b")).isEqualTo("jdbc:postgresql://h:1/b?user=x");
    }
}
