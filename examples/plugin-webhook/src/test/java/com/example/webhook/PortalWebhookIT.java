package com.example.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built plugin jar in a running portal: the portal's own runnable jar is started as a
 * process with a plugins folder holding the built-in plugins and {@code target/plugin-webhook-*-plugin.jar};
 * tenants set the channel's typed settings over REST, and a customer with channel {@code webhook}
 * gets its events, signed with its tenant's secret, on a local HTTP server.
 *
 * <p>Needs {@code -Dportal.home=<the portal's repository or installation>} (with
 * {@code platform/server/target/invoice-portal.jar}, {@code config.yml} and {@code target/plugins})
 * and a PostgreSQL server ({@code PORTAL_TEST_DATABASE_URL}, a JDBC URL of a user that may create
 * databases); it fails when either is missing. Runs with {@code mvn verify -Pportal-it}.
 */
class PortalWebhookIT {
    static final String ADMIN_KEY = "webhook-it-operator-key-0123456789";
    static final Map<String, List<String[]>> RECEIVED = new ConcurrentHashMap<>();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static HttpServer receiver;
    static Process portal;
    static Path log;
    static String api;
    static String adminUrl;
    static String database;

    @BeforeAll
    static void start() throws Exception {
        String home = System.getProperty("portal.home");
        assertThat(home).as("system property portal.home (the portal's repository root, after its mvn install)").isNotBlank();
        Path jar = Path.of(home, "platform", "server", "target", "invoice-portal.jar");
        assertThat(jar).as("the portal's runnable jar").isRegularFile();
        adminUrl = System.getenv("PORTAL_TEST_DATABASE_URL");
        assertThat(adminUrl).as("PORTAL_TEST_DATABASE_URL (JDBC URL of a PostgreSQL user that may create databases)")
                .isNotBlank();

        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            RECEIVED.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>())
                    .add(new String[] {exchange.getRequestHeaders().getFirst(Signature.HEADER), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        database = "webhook_it_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database);
            s.execute("create database " + database);
        }
        Path plugins = Files.createTempDirectory("webhook-it-plugins");
        copyJars(Path.of(home, "target", "plugins"), "*.jar", plugins);
        copyJars(Path.of("target"), "plugin-webhook-*-plugin.jar", plugins);

        int port = freePort();
        int adminPort = freePort();
        log = Path.of("target", "portal-it.log");
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toAbsolutePath().toString(), "server", "config.yml")
                .directory(Path.of(home).toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PORTAL_HTTP_PORT", String.valueOf(port),
                "PORTAL_ADMIN_PORT", String.valueOf(adminPort),
                "PORTAL_DATABASE_URL", withDatabase(adminUrl, database),
                "PORTAL_PUBLIC_URL", "http://localhost:" + port,
                "PORTAL_DATA_DIR", Files.createTempDirectory("webhook-it-data").toString(),
                "PORTAL_PLUGINS_DIR", plugins.toString(),
                "PORTAL_LOAD_SAMPLES", "false",
                "PORTAL_OUTBOX_POLL_MILLIS", "200",
                "PORTAL_ADMIN_KEY", ADMIN_KEY));
        portal = builder.start();
        api = "http://localhost:" + port + "/api";
        awaitHealthy(adminPort);
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(20, TimeUnit.SECONDS)) {
                portal.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (receiver != null) {
            receiver.stop(0);
        }
        if (database != null) {
            try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database);
            }
        }
    }

    @Test
    void aCustomerWithChannelWebhookGetsSignedEventsAtItsTenantsUrl() throws Exception {
        assertThat(call("GET", "/v1/plugins", ADMIN_KEY, null)).contains("\"id\":\"webhook\"", "\"state\":\"STARTED\"");
        String acme = tenant("acme", "/acme", "whsec_acme_secret");
        String beta = tenant("beta", "/beta", "whsec_beta_secret");

        String shown = call("GET", "/v1/tenants/acme/settings", acme, null);
        assertThat(shown).contains("\"webhook\":{", "\"secret\":{\"set\":true}").doesNotContain("whsec_acme_secret");
        assertThat(call("PUT", "/v1/tenants/acme/settings", acme, shown)).isEqualTo(shown);
        String refused = call("PUT", "/v1/tenants/acme/settings", acme,
                "{\"plugins\": {\"webhook\": {\"url\": \"ftp://nowhere.example\", \"colour\": \"red\"}}}");
        assertThat(refused).contains("\"field\":\"plugins.webhook.url\"", "\"field\":\"plugins.webhook.colour\"");

        customerAndInvoice("acme", acme, "A-1", "2026-0001");
        customerAndInvoice("beta", beta, "B-1", "2026-0001");

        String[] acmeEvent = awaitEvent("/acme", "invoice.created");
        assertThat(Signature.verify("whsec_acme_secret", acmeEvent[0], acmeEvent[1])).isTrue();
        assertThat(acmeEvent[1]).contains("\"tenant\":\"acme\"", "\"number\":\"A-1\"", "\"number\":\"2026-0001\"",
                "/t/acme/invoices/2026-0001");
        String[] betaEvent = awaitEvent("/beta", "invoice.created");
        assertThat(Signature.verify("whsec_beta_secret", betaEvent[0], betaEvent[1])).isTrue();
        assertThat(Signature.verify("whsec_acme_secret", betaEvent[0], betaEvent[1])).isFalse();
        assertThat(RECEIVED.get("/acme")).noneMatch(event -> event[1].contains("\"tenant\":\"beta\""));
        assertThat(RECEIVED.get("/beta")).noneMatch(event -> event[1].contains("\"tenant\":\"acme\""));
    }

    /** A tenant with the webhook channel, its URL on the local receiver and its own secret; returns its API key. */
    static String tenant(String slug, String path, String secret) throws Exception {
        String created = call("POST", "/v1/tenants", ADMIN_KEY, "{\"slug\": \"" + slug + "\", \"name\": \"" + slug + " B.V.\"}");
        String key = created.replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
        String put = call("PUT", "/v1/tenants/" + slug + "/settings", key, "{\"enabledChannels\": [\"webhook\", \"email\"],"
                + " \"plugins\": {\"webhook\": {\"url\": \"" + url + "\", \"secret\": \"" + secret + "\"}}}");
        assertThat(put).contains("\"url\":\"" + url + "\"");
        return key;
    }

    static void customerAndInvoice(String slug, String key, String customer, String invoice) throws Exception {
        call("PUT", "/v1/tenants/" + slug + "/customers/" + customer, key, "{\"companyName\": \"Klant " + customer
                + "\", \"email\": \"" + customer.toLowerCase() + "@example.test\", \"deliveryChannel\": \"webhook\","
                + " \"language\": \"nl\"}");
        call("POST", "/v1/tenants/" + slug + "/invoices", key, "{\"invoiceNumber\": \"" + invoice + "\", \"customerNumber\": \""
                + customer + "\", \"issueDate\": \"2026-11-01\", \"dueDate\": \"2026-12-01\", \"currency\": \"EUR\", \"lines\": [{\"name\": \"Huur\","
                + " \"quantity\": \"1\", \"unitPrice\": \"1000.00\", \"vatCategory\": \"S\", \"vatRate\": \"21\"}]}");
    }

    static String[] awaitEvent(String path, String type) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (String[] event : RECEIVED.getOrDefault(path, List.of())) {
                if (event[1].contains("\"type\":\"" + type + "\"")) {
                    return event;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + type + " event at " + path + " within 30 s; received " + RECEIVED.keySet()
                + "; portal log " + log.toAbsolutePath());
    }

    /** One API call; a status of 400 or more other than 422 fails the test. */
    static String call(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + key)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isIn(200, 201, 202, 422);
        return response.body();
    }

    static void copyJars(Path from, String glob, Path to) throws IOException {
        assertThat(from).as("folder with plugin jars").isDirectory();
        int copied = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(from, glob)) {
            for (Path jar : jars) {
                Files.copy(jar, to.resolve(jar.getFileName()));
                copied++;
            }
        }
        assertThat(copied).as(glob + " in " + from).isPositive();
    }

    static String withDatabase(String jdbcUrl, String name) {
        return jdbcUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void awaitHealthy(int adminPort) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + "/healthcheck"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(portal.isAlive()).as("the portal stopped during start; see " + log.toAbsolutePath()).isTrue();
            try {
                if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal was not healthy within 3 minutes; see " + log.toAbsolutePath());
    }
}
