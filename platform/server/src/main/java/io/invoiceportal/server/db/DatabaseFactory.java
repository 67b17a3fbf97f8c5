package io.invoiceportal.server.db;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.db.EmbeddedDatabase;
import io.invoiceportal.server.PortalConfiguration;
import java.nio.file.Path;

/**
 * Points the data source at the configured PostgreSQL or, when {@code PORTAL_DATABASE_URL} is
 * not set ({@code database.url: embedded}), starts the embedded one with its data under
 * {@code PORTAL_DATA_DIR/postgres}.
 */
public final class DatabaseFactory {
    /** The {@code database.url} that asks for the embedded PostgreSQL. */
    public static final String EMBEDDED = "embedded";

    private DatabaseFactory() {}

    public static boolean isEmbedded(String url) {
        return url == null || url.isBlank() || EMBEDDED.equals(url.strip());
    }

    /** Returns a handle that stops the embedded server (a no-op for an external one). */
    public static Managed prepare(PortalConfiguration config) {
        DataSourceFactory ds = config.getDatabase();
        if (!isEmbedded(ds.getUrl())) {
            return new Managed() {};
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of(config.getDataDir(), "postgres"), 0);
        ds.setUrl(embedded.jdbcUrl());
        ds.setUser("postgres");
        ds.setPassword("");
        return new Managed() {
            @Override
            public void stop() {
                embedded.close();
            }
        };
    }
}
