package io.invoiceportal.core.testing;

import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.db.Database;
import io.invoiceportal.core.db.EmbeddedDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test class (or one test) on a real PostgreSQL: the server
 * named by {@code PORTAL_TEST_DATABASE_URL} (a JDBC URL of a database on it, used to create
 * others), or else one embedded server per test JVM.
 *
 * <p>The migrations run once into a template database named after their checksums
 * ({@code portal_template_…}); each test database is a copy of it, and is dropped (its connections
 * ended first) by {@link #close()}, by {@link TestDatabaseExtension}, or at the latest when the
 * JVM ends. Every database made here carries its creation time as comment, so ones a killed test
 * run left behind, and templates of migrations no longer in use, are dropped a day later by the
 * next run. Creation takes an advisory lock, so test JVMs sharing one server do not build the
 * same template twice or drop one that is being copied.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String TEMPLATE_PREFIX = "portal_template_";
    private static final String TEST_PREFIX = "portal_test_";
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
    private static final long LOCK = 0x706f7274616cL; // "portal"
    private static final Set<TestDatabase> OPEN = ConcurrentHashMap.newKeySet();
    private static String adminUrl;

    private final String name;
    private final String url;
    private final PGSimpleDataSource dataSource;

    private TestDatabase(String name, String url) {
        this.name = name;
        this.url = url;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        OPEN.add(this);
    }

    /** A new database with the current schema, named after {@code purpose}. */
    public static TestDatabase create(String purpose) {
        return make(purpose, true);
    }

    /** A new, empty database named after {@code purpose} (for tests of the migrations). */
    public static TestDatabase empty(String purpose) {
        return make(purpose, false);
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

    /** Ends the connections to this database and drops it; closing twice does nothing. */
    @Override
    public void close() {
        if (!OPEN.remove(this)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }

    private static TestDatabase make(String purpose, boolean migrated) {
        String name = (TEST_PREFIX + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + LOCK + ")");
            dropAbandoned(c);
            String template = migrated ? template(c, admin) : "template1";
            s.execute("create database " + name + " template " + template);
            stamp(s, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + admin, e);
        }
        return new TestDatabase(name, withDatabase(admin, name));
    }

    /** The template with the current migrations, made first when there is none. */
    private static String template(Connection c, String admin) throws SQLException {
        String template = TEMPLATE_PREFIX + migrationsChecksum(admin);
        if (exists(c, template)) {
            try (Statement s = c.createStatement()) {
                stamp(s, template);
            }
            return template;
        }
        String building = template + "_new";
        try (Statement s = c.createStatement()) {
            s.execute("drop database if exists " + building + " with (force)");
            s.execute("create database " + building + " template template1");
            PGSimpleDataSource target = new PGSimpleDataSource();
            target.setUrl(withDatabase(admin, building));
            Database.migrate(target);
            s.execute("alter database " + building + " rename to " + template);
            s.execute("alter database " + template + " with is_template true allow_connections false");
            stamp(s, template);
        }
        return template;
    }

    /** Versions and checksums of the migrations on the class path, hashed: one template per set. */
    private static String migrationsChecksum(String admin) {
        PGSimpleDataSource probe = new PGSimpleDataSource();
        probe.setUrl(admin);
        String all = Stream.of(Flyway.configure().dataSource(probe).locations("classpath:db/migration").load()
                        .info().all())
                .map(m -> m.getVersion() + ":" + m.getChecksum())
                .collect(Collectors.joining(","));
        return HexFormat.of().formatHex(Hashes.sha256(all)).substring(0, 12);
    }

    /** Drops test databases and templates made here more than a day ago (left by killed runs). */
    private static void dropAbandoned(Connection c) throws SQLException {
        List<String> abandoned = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select datname, shobj_description(oid, 'pg_database')"
                + " from pg_database where datname like 'portal\\_test\\_%' or datname like 'portal\\_template\\_%'");
                ResultSet rows = q.executeQuery()) {
            Instant before = Instant.now().minus(ABANDONED_AFTER);
            while (rows.next()) {
                String made = rows.getString(2);
                if (made != null && made.startsWith("made ") && Instant.parse(made.substring(5)).isBefore(before)) {
                    abandoned.add(rows.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : abandoned) {
                s.execute("alter database " + name + " with is_template false");
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static void stamp(Statement s, String name) throws SQLException {
        s.execute("comment on database " + name + " is 'made " + Instant.now() + "'");
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static synchronized String adminUrl() {
        if (adminUrl == null) {
            String external = System.getenv("PORTAL_TEST_DATABASE_URL");
            EmbeddedDatabase embedded = null;
            if (external != null && !external.isBlank()) {
                adminUrl = external;
            } else {
                try {
                    embedded = EmbeddedDatabase.start(Files.createTempDirectory("portal-test-pg"), 0);
                    adminUrl = embedded.jdbcUrl() + "?user=postgres";
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            EmbeddedDatabase server = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (TestDatabase db : List.copyOf(OPEN)) {
                    try {
                        db.close();
                    } catch (RuntimeException e) {
                        System.err.println(e.getMessage());
                    }
                }
                if (server != null) {
                    server.close();
                }
            }, "drop-test-databases"));
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
