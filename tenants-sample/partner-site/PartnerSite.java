import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A partner's web site that embeds a tenant's invoice portal: the two pages and the few lines of
 * back-end a partner writes. Run with {@code java PartnerSite.java} (JDK 21+, nothing else);
 * settings from environment variables, see the README ("Embedding the portal").
 *
 * <p>{@code GET /portal-session}: asks the portal for a one-time portal session of the signed-in
 * user (this demo has one user: PARTNER_CUSTOMER) with the issuer API key, then sends the browser
 * there (303). {@code GET /sso-session}: the same hand-over with a JWT signed here with the
 * tenant's HS256 sign-on secret, when PARTNER_SSO_SECRET is set. The API key and the secret stay here.
 */
public class PartnerSite {
    static final String PORTAL = env("PORTAL_URL", "http://localhost:8080").replaceAll("/+$", "");
    static final String TENANT = env("PARTNER_TENANT", "hollandse-energie");
    static final String API_KEY = env("PARTNER_API_KEY", "ipk_demo-hollandse-energie-partner-site");
    static final String CUSTOMER = env("PARTNER_CUSTOMER", "C-1001");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        Path pages = Path.of(env("PARTNER_PAGES", "tenants-sample/partner-site"));
        InetSocketAddress address = new InetSocketAddress(env("PARTNER_HOST", "127.0.0.1"),
                Integer.parseInt(env("PARTNER_PORT", "9443")));
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls()));
        server.createContext("/", exchange -> page(exchange, pages));
        server.createContext("/portal-session", PartnerSite::portalSession);
        server.createContext("/sso-session", PartnerSite::ssoSession);
        server.start();
        System.out.println("Partner site: https://" + address.getHostString() + ":" + server.getAddress().getPort()
                + "/ embeds " + PORTAL + "/t/" + TENANT + " for customer " + CUSTOMER);
    }

    /** Asks the portal for a portal session of the signed-in user and sends the browser there. */
    static void portalSession(HttpExchange exchange) throws IOException {
        String body = "{\"customerNumber\":\"" + CUSTOMER + "\",\"embed\":true}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(PORTAL + "/api/v1/tenants/" + TENANT + "/portal-sessions"))
                .header("Authorization", "Bearer " + API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher url = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 201 && answer.statusCode() != 200 || !url.find()) {
                send(exchange, 502, "text/plain", "The portal refused: " + answer.statusCode() + " " + answer.body());
                return;
            }
            redirect(exchange, url.group(1));
        } catch (IOException e) {
            send(exchange, 502, "text/plain", "The portal cannot be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, "text/plain", "interrupted");
        }
    }

    /** The alternative: a JWT for the signed-in user, signed with the tenant's HS256 secret (a few lines, no library). */
    static void ssoSession(HttpExchange exchange) throws IOException {
        String secret = System.getenv("PARTNER_SSO_SECRET");
        if (secret == null) {
            send(exchange, 404, "text/plain", "Set PARTNER_SSO_SECRET, PARTNER_SSO_KID and PARTNER_SSO_ISSUER.");
            return;
        }
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + System.getenv("PARTNER_SSO_KID") + "\"}";
        String claims = "{\"iss\":\"" + System.getenv("PARTNER_SSO_ISSUER") + "\",\"aud\":\""
                + env("PARTNER_SSO_AUDIENCE", PORTAL + "/t/" + TENANT) + "\",\"sub\":\"" + CUSTOMER + "\",\"iat\":" + now
                + ",\"exp\":" + (now + 120) + ",\"jti\":\"" + UUID.randomUUID() + "\",\"embed\":true}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String token = signingInput + "." + base64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
            redirect(exchange, PORTAL + "/t/" + TENANT + "/sso?token=" + token);
        } catch (java.security.GeneralSecurityException e) {
            send(exchange, 500, "text/plain", e.toString());
        }
    }

    /** index.html and jwt.html with the portal's address and tenant filled in. */
    static void page(HttpExchange exchange, Path pages) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (!name.equals("index.html") && !name.equals("jwt.html")) {
            send(exchange, 404, "text/plain", "not found");
            return;
        }
        String html = Files.readString(pages.resolve(name)).replace("{{PORTAL_URL}}", PORTAL).replace("{{TENANT}}", TENANT);
        send(exchange, 200, "text/html;charset=utf-8", html);
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The site's certificate: PARTNER_KEYSTORE (PKCS12), else a self-signed one made by the JDK's keytool. */
    static SSLContext tls() throws Exception {
        String password = env("PARTNER_KEYSTORE_PASSWORD", "partner-site");
        Path store = Path.of(env("PARTNER_KEYSTORE", System.getProperty("java.io.tmpdir") + "/partner-site.p12"));
        if (!Files.exists(store)) {
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "partner", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "365",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", password, "-keypass", password).inheritIO().start();
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool could not make " + store);
            }
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password.toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, password.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        return tls;
    }

    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
