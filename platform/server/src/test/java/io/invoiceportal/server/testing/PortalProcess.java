package io.invoiceportal.server.testing;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar as an operator starts it ({@code java -jar platform/server/target/invoice-portal.jar
 * server config.yml}), configured only through its environment variables, with its output in a
 * file under target/. Runs from the repository root (failsafe's working directory). A test can
 * stop it the hard way ({@link #kill()}, SIGKILL) or the operator's way ({@link #terminate()},
 * SIGTERM) and start it again on the same ports ({@link #restart()}).
 */
public final class PortalProcess implements AutoCloseable {
    public static final Path JAR = Path.of("platform", "server", "target", "invoice-portal.jar");
    public static final String ADMIN_KEY = "e2e-operator-key-0123456789";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Map<String, String> env;
    private final Path log;
    private final int adminPort;
    private final Duration startTimeout;
    private Process process;
    public final int port;
    public final String base;

    private PortalProcess(Map<String, String> env, Path log, int port, int adminPort, Duration startTimeout) {
        this.env = env;
        this.log = log;
        this.port = port;
        this.adminPort = adminPort;
        this.startTimeout = startTimeout;
        this.base = "http://localhost:" + port;
    }

    /**
     * Starts the jar on free ports against {@code databaseUrl}, sending mail to SMTP on {@code smtpPort},
     * loading the sample tenants; its output goes to target/e2e/portal.log.
     */
    public static PortalProcess start(String databaseUrl, int smtpPort) throws IOException, InterruptedException {
        return start("e2e/portal", databaseUrl, smtpPort, Map.of(), START_TIMEOUT);
    }

    /**
     * As {@link #start(String, int)}, with its output in target/{@code name}.log (appended to on a
     * restart) and {@code env} added to (or replacing) the environment variables, waiting at most
     * {@code startTimeout} for each start.
     */
    public static PortalProcess start(String name, String databaseUrl, int smtpPort, Map<String, String> env,
            Duration startTimeout) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR) || !Files.isRegularFile(Path.of("config.yml"))) {
            throw new IllegalStateException("No " + JAR.toAbsolutePath() + " (or no config.yml) in " + Path.of("").toAbsolutePath()
                    + ": the suite runs from the repository root after 'mvn package' (failsafe does both)");
        }
        int port = freePort();
        int adminPort = freePort();
        Path dataDir = Files.createTempDirectory("portal-process-data");
        Path log = Path.of("target", name + ".log");
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        Map<String, String> all = new HashMap<>(Map.of(
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
            all.put("PORTAL_PLUGINS_DIR", plugins);
        }
        all.putAll(env);
        PortalProcess portal = new PortalProcess(Map.copyOf(all), log, port, adminPort, startTimeout);
        portal.launch();
        return portal;
    }

    /** Starts the jar again on the same ports, data folder and settings, after it stopped. */
    public void restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("still running: pid " + process.pid());
        }
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "server", "config.yml"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        awaitHealthy();
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/healthcheck"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(startTimeout);
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
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The portal was not healthy within " + startTimeout + "; see " + log.toAbsolutePath()
                + ":\n" + tail());
    }

    /** SIGKILL: the process ends at once, wherever it is; returns when it has ended. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pid " + process.pid() + " still runs 30 s after SIGKILL");
        }
    }

    /** SIGTERM, as an operator or a process manager stops it; returns at once. */
    public void terminate() {
        process.destroy();
    }

    /** Asks the JVM for a thread dump (SIGQUIT), which it writes to its log, for a failure's diagnosis. */
    public void dumpThreads() {
        if (process != null && process.isAlive()) {
            try {
                new ProcessBuilder("kill", "-QUIT", String.valueOf(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // no dump, then
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits up to {@code timeout} for the process to end; whether it did. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the portal's output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public Path log() {
        return log;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
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
