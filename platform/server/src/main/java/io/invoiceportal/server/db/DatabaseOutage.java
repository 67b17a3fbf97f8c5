package io.invoiceportal.server.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises failures that mean "the database cannot be reached" (they are answered 503, not 500)
 * and logs an outage once a minute at most instead of once per failed request.
 */
public class DatabaseOutage {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);
    static final Duration QUIET = Duration.ofMinutes(1);
    private final Clock clock;
    private Instant lastLogged;
    private long unreported;

    public DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code e} or one of its causes says the database is unreachable or refuses connections. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof org.apache.tomcat.jdbc.pool.PoolExhaustedException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Notes one failure of the outage {@code e}; logs it when nothing was logged for a minute. */
    public synchronized void report(Throwable e) {
        Instant now = clock.instant();
        if (lastLogged != null && now.isBefore(lastLogged.plus(QUIET))) {
            unreported++;
            return;
        }
        LOG.warn("The database cannot be reached; requests are answered 503 until it is back ({} more failures"
                + " since the last report). Cause: {}", unreported, rootMessage(e));
        lastLogged = now;
        unreported = 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
