package io.invoiceportal.server.partner;

import io.invoiceportal.server.testing.Https;
import io.invoiceportal.server.testing.PortalApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The sample partner site started as its README says ({@code java PartnerSite.java}), as a process of its own. */
final class PartnerSiteProcess {
    /** The repository root, from the module or the root itself (as PortalApp finds config.yml). */
    static final Path ROOT = Path.of(PortalApp.configFile()).getParent().toAbsolutePath().normalize();
    private final Process process;
    private final String origin;

    private PartnerSiteProcess(Process process, String origin) {
        this.process = process;
        this.origin = origin;
    }

    /** Starts it on {@code host} and a free port with the test's certificate; waits for its first line. */
    static PartnerSiteProcess start(Https tls, String host, Map<String, String> env) {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the portal's certificate is the test's own: the site's HTTP client trusts it
                "-Djavax.net.ssl.trustStore=" + tls.keyStore(), "-Djavax.net.ssl.trustStorePassword=" + Https.PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12", "tenants-sample/partner-site/PartnerSite.java").directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().putAll(Map.of("PARTNER_HOST", host, "PARTNER_PORT", String.valueOf(port),
                "PARTNER_KEYSTORE", tls.keyStore().toString(), "PARTNER_KEYSTORE_PASSWORD", Https.PASSWORD));
        try {
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(60, TimeUnit.SECONDS);
            if (first == null || !first.startsWith("Partner site: ")) {
                process.destroy();
                throw new IllegalStateException("the partner site did not start: " + first);
            }
            Thread.ofVirtual().start(() -> out.lines().forEach(line -> System.out.println("[partner-site] " + line)));
            return new PartnerSiteProcess(process, "https://" + host + ":" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String origin() {
        return origin;
    }

    void stop() {
        process.destroy();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
