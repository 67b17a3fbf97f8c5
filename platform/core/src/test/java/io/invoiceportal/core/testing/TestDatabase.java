package io.invoiceportal.core.testing;

import io.invoiceportal.core.db.Database;
import io.invoiceportal.core.db.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for each caller on a real PostgreSQL: the server named by
 * {@code PORTAL_TEST_DATABASE_URL} (a JDBC URL of a database on it, used to create others), or
 * else one embedded server per test JVM.
 */
public final class TestDatabase {
    private static String adminUrl;

    private final String url;
    private final PGSimpleDataSource dataSource;

    private TestDatabase(String url) {
        this.url = url;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
    }

    /** Creates and migrates a new database named after {@code purpose}. */
    public static TestDatabase create(String purpose) {
        TestDatabase db = empty(purpose);
        Database.migrate(db.dataSource);
        return db;
    }

    /** Creates a new, empty database named after {@code purpose} (for tests of the migrations). */
    public static TestDatabase empty(String purpose) {
        String name = ("portal_test_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + admin, e);
        }
        return new TestDatabase(withDatabase(admin, name));
    }

    public String url() {
        return url;
    }

    public PGSimpleDataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return Database.jdbi(dataSource);
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String external = System.getenv("PORTAL_TEST_DATABASE_URL");
            if (external != null && !external.isBlank()) {
                adminUrl = external;
            } else {
                try {
                    Path dir = Files.createTempDirectory("portal-test-pg");
                    EmbeddedDatabase embedded = EmbeddedDatabase.start(dir, 0);
                    Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
                    adminUrl = embedded.jdbcUrl() + "?user=postgres";
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return adminUrl;
    }

    /** The same URL with another database name; query parameters kept. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
