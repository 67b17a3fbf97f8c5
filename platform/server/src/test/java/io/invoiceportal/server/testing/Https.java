package io.invoiceportal.server.testing;

import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate made for one test run (by the JDK's keytool) for {@code localhost},
 * {@code 127.0.0.1}, {@code 127.0.0.2} and {@code 127.0.0.3}: the portal's https connector, a second https server (a
 * partner's site) and clients that trust exactly this certificate. {@code Secure} cookies need it.
 */
public final class Https {
    public static final String PASSWORD = "test-keystore-pass";
    private final Path keyStore;

    private Https(Path keyStore) {
        this.keyStore = keyStore;
    }

    /** Makes the key pair and certificate (valid two days) in a temporary PKCS12 key store. */
    public static Https selfSigned() {
        try {
            Path dir = Files.createTempDirectory("portal-tls");
            Path store = dir.resolve("portal.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "portal", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:127.0.0.2,ip:127.0.0.3",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            return new Https(store);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path keyStore() {
        return keyStore;
    }

    /** Overrides that turn the portal's application connector into https with this certificate. */
    public List<ConfigOverride> portalConnector() {
        return List.of(
                ConfigOverride.config("server.applicationConnectors[0].type", "https"),
                ConfigOverride.config("server.applicationConnectors[0].keyStorePath", keyStore.toString()),
                ConfigOverride.config("server.applicationConnectors[0].keyStorePassword", PASSWORD),
                ConfigOverride.config("server.applicationConnectors[0].keyStoreType", "PKCS12"),
                ConfigOverride.config("server.applicationConnectors[0].validateCerts", "false"),
                // requests may name 127.0.0.1 or localhost; the certificate holds both
                ConfigOverride.config("server.applicationConnectors[0].disableSniHostCheck", "true"));
    }

    /** A TLS context that trusts this certificate only and serves it (for a second https server). */
    public SSLContext sslContext() {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            Certificate certificate = keys.getCertificate("portal");
            trusted.setCertificateEntry("portal", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory key = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            key.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(key.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
