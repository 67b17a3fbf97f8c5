package io.invoiceportal.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    static boolean exists(Jdbi admin, String name) {
        return admin.withHandle(h -> h.createQuery("select count(*) from pg_database where datname = :name")
                .bind("name", name).mapTo(Integer.class).one()) == 1;
    }

    static String name(TestDatabase db) {
        String path = db.url().substring(0, db.url().indexOf('?') < 0 ? db.url().length() : db.url().indexOf('?'));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Each test database is a migrated copy of the template; closing it drops it, also while a
     * connection to it is still open.
     */
    @Test
    void copiesTheTemplateAndDropsTheCopy() throws Exception {
        TestDatabase db = TestDatabase.create("smoke");
        Integer tenants = db.jdbi().withHandle(h -> h.createQuery("select count(*) from tenant").mapTo(Integer.class).one());
        assertThat(tenants).isZero();
        Jdbi admin = Jdbi.create(TestDatabase.withDatabase(db.url(), "postgres"));
        assertThat((int) admin.withHandle(h -> h.createQuery("select count(*) from pg_database"
                + " where datname like 'portal\\_template\\_%' and datistemplate").mapTo(Integer.class).one()))
                .isPositive();
        try (Connection open = DriverManager.getConnection(db.url())) {
            assertThat(open.isValid(1)).isTrue();
            db.close();
        }
        assertThat(exists(admin, name(db))).isFalse();
        db.close();
    }

    @Test
    void replacesTheDatabaseNameOnly() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://h:1/a?user=x", "b")).isEqualTo("jdbc:postgresql://h:1/b?user=x");
    }
}
