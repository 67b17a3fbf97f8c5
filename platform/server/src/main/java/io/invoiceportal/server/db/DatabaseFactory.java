package io.invoiceportal.server.db;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.lifecycle.Managed;
import io.invoiceportal.core.db.EmbeddedDatabase;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;

/**
 * {@code database} in config.yml: Dropwizard's data source settings, where the URL is a
 * PostgreSQL JDBC URL or {@code embedded} (the default when {@code PORTAL_DATABASE_URL} is not
 * set): then {@link #prepare} starts the embedded PostgreSQL and points the data source at it.
 */
public class DatabaseFactory extends DataSourceFactory {
    /** The {@code database.url} that asks for the embedded PostgreSQL. */
    public static final String EMBEDDED = "embedded";

    @Override
    @JsonProperty
    @Pattern(regexp = "\\s*|embedded|jdbc:postgresql://\\S+",
            message = "must be a JDBC URL such as jdbc:postgresql://localhost:5432/portal (or unset for the embedded database)")
    public String getUrl() {
        return super.getUrl();
    }

    /**
     * Starts the embedded PostgreSQL with its data in {@code dataDirectory} when it is asked for;
     * returns what stops it (nothing to stop for an external server).
     */
    public Managed prepare(Path dataDirectory) {
        String url = getUrl();
        if (url != null && !url.isBlank() && !EMBEDDED.equals(url.strip())) {
            return new Managed() {};
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDirectory, 0);
        setUrl(embedded.jdbcUrl());
        setUser("postgres");
        setPassword("");
        return new Managed() {
            @Override
            public void stop() {
                embedded.close();
            }
        };
    }
}
