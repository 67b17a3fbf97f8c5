package io.invoiceportal.server.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar as an operator starts it ({@code java -jar platform/server/target/invoice-portal.jar
 * server config.yml}), configured only through its environment variables, with its output in a
 * file under target/. Runs from the repository root (failsafe's working directory).
 */
final class PortalProcess implements AutoCloseable {
    static final Path JAR = Path.of("platform", "server", "target", "invoice-portal.jar");
    static final String ADMIN_KEY = "e2e-operator-key-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    final int port;
    final String base;

    private PortalProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    /** Starts the jar on free ports against {@code databaseUrl}, sending mail to SMTP on {@code smtpPort}. */
    static PortalProcess start(String databaseUrl, int smtpPort) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR) || !Files.isRegularFile(Path.of("config.yml"))) {
            throw new IllegalStateException("No " + JAR.toAbsolutePath() + " (or no config.yml) in " + Path.of("").toAbsolutePath()
                    + ": the end-to-end suite runs from the repository root after 'mvn package' (failsafe does both)");
        }
        int port = freePort();
        int adminPort = freePort();
        Path dataDir = Files.createTempDirectory("portal-e2e-data");
        Path log = Path.of("target", "e2e", "portal.log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "server", "config.yml"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "PORTAL_HTTP_PORT", String.valueOf(port),
                "PORTAL_ADMIN_PORT", String.valueOf(adminPort),
                "PORTAL_DATABASE_URL", databaseUrl,
                "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(smtpPort),
                "PORTAL_PUBLIC_URL", "http://localhost:" + port,
                "PORTAL_DATA_DIR", dataDir.toString(),
                "PORTAL_OUTBOX_POLL_MILLIS", "200",
                "PORTAL_ADMIN_KEY", ADMIN_KEY));
        String plugins = System.getProperty("portal.plugins.dir"); // failsafe: where the reactor put the plugin jars
        if (plugins != null && !plugins.isBlank()) {
            builder.environment().put("PORTAL_PLUGINS_DIR", plugins);
        }
        PortalProcess portal = new PortalProcess(builder.start(), log, port);
        portal.awaitHealthy(adminPort);
        return portal;
    }

    private void awaitHealthy(int adminPort) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/healthcheck"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start (exit " + process.exitValue() + "); see "
                        + log.toAbsolutePath() + ":\n" + tail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The portal was not healthy within " + START_TIMEOUT + "; see " + log.toAbsolutePath()
                + ":\n" + tail());
    }

    /** The last lines of the portal's output, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
