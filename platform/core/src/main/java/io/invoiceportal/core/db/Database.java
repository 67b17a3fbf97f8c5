package io.invoiceportal.core.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The schema (Flyway, the only way it changes) and the JDBI set-up shared by every service. */
public final class Database {
    private Database() {}

    /** Brings the schema up to date; safe to call on every start and from several processes. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** Installs the plugins every DAO relies on into a Jdbi (one made by Dropwizard or by {@link #jdbi}). */
    public static Jdbi configure(Jdbi jdbi) {
        return jdbi.installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    public static Jdbi jdbi(DataSource dataSource) {
        return configure(Jdbi.create(dataSource));
    }
}
