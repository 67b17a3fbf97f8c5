package io.invoiceportal.server.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.postgresql.PGStatement;

/**
 * The database's own limit for a request: records the SQL statements one request runs (through a
 * Jdbi {@link SqlLogger} on the application's Jdbi, with the values the driver sent written in),
 * writes them as a pgbench script (the list's transaction as BEGIN … COMMIT) and runs pgbench with
 * it: {@code pgbench -n -f script -c N -j N -T seconds}. Its transactions per second are what the
 * database alone does for those statements, without HTTP, Java or Jdbi.
 */
final class PgBench {
    private final Jdbi jdbi;
    private final String database;

    PgBench(Jdbi jdbi, String database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    /** One recorded statement and whether it ran inside a transaction. */
    record Statement(String sql, boolean inTransaction) {}

    /**
     * Records the statements the application runs for {@code request}: those of Jetty's request
     * threads (named {@code dw-…}), not of background workers (outbox, export jobs, count folding).
     */
    List<Statement> record(Callable request) throws Exception {
        List<Statement> recorded = java.util.Collections.synchronizedList(new ArrayList<>());
        SqlStatements config = jdbi.getConfig(SqlStatements.class);
        SqlLogger before = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                try {
                    String sql = context.getStatement().unwrap(PGStatement.class).toString();
                    boolean tx = !context.getConnection().getAutoCommit();
                    if (Thread.currentThread().getName().startsWith("dw-")) { // Jetty's request threads, not workers
                        recorded.add(new Statement(sql.replaceAll("\\s+", " ").strip(), tx));
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        try {
            request.call();
        } finally {
            config.setSqlLogger(before);
        }
        return List.copyOf(recorded);
    }

    /** A request to record. */
    interface Callable {
        void call() throws Exception;
    }

    /** The pgbench script of these statements: one command a line, a transaction's statements in BEGIN … COMMIT. */
    static String script(List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (Statement s : statements) {
            if (s.inTransaction() && !open) {
                out.append("BEGIN;\n");
            } else if (!s.inTransaction() && open) {
                out.append("COMMIT;\n");
            }
            open = s.inTransaction();
            for (String part : s.sql().split(";")) {
                if (!part.isBlank()) {
                    out.append(part.strip()).append(";\n");
                }
            }
        }
        if (open) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    /** pgbench's transactions per second for the script with {@code clients} clients. */
    double run(String script, int clients, int seconds) throws IOException, InterruptedException {
        Path file = Files.createTempFile("list-bench", ".sql");
        Files.writeString(file, script);
        URI uri = URI.create(database.substring("jdbc:".length()));
        String user = parameter(uri.getQuery(), "user", System.getProperty("user.name"));
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-f", file.toString(),
                "-c", String.valueOf(clients), "-j", String.valueOf(clients), "-T", String.valueOf(seconds),
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", user,
                uri.getPath().substring(1)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        String password = parameter(uri.getQuery(), "password", null);
        if (password != null) {
            pb.environment().put("PGPASSWORD", password);
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output + "\nscript:\n" + script);
        }
        Files.delete(file);
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("No tps in pgbench's output: " + output);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String parameter(String query, String name, String otherwise) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return otherwise;
    }

    static String describe(List<Statement> statements) {
        return String.format(Locale.ROOT, "%d statements", statements.size());
    }
}
