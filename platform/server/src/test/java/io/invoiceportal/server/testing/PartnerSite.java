package io.invoiceportal.server.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A partner's site for browser tests: an https server (the {@link Https} certificate) on a loopback
 * address of its own, such as {@code 127.0.0.2}, so that it is another site than the portal. It
 * serves one HTML page at {@code /} and, at {@code /session}, a redirect to the URL {@code sessions}
 * gives (what a partner's back-end does with a fresh portal session).
 */
public final class PartnerSite implements AutoCloseable {
    private final HttpsServer server;
    private final String address;

    public PartnerSite(Https tls, String address, String page, Supplier<String> sessions) {
        this.address = address;
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()));
        server.createContext("/", exchange -> answer(exchange, 200, "text/html; charset=utf-8", page));
        server.createContext("/session", exchange -> {
            exchange.getResponseHeaders().set("Location", sessions.get());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    /** The site's origin, such as {@code https://127.0.0.2:40123}. */
    public String origin() {
        return "https://" + address + ":" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
