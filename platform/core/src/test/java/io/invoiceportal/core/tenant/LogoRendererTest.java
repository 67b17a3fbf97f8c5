package io.invoiceportal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LogoRendererTest {

    /** A sample tenant's SVG logo becomes a PNG within 600 × 200, aspect kept, with drawn and transparent pixels. */
    @ParameterizedTest
    @ValueSource(strings = {"hollandse-energie", "northwind-facilities"})
    void rendersTheSampleLogos(String tenant) throws IOException {
        String svg = Files.readString(Path.of("../../tenants-sample").resolve(tenant).resolve("logo.svg"));

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(LogoRenderer.png(svg)));

        assertThat(png.getWidth()).isLessThanOrEqualTo(LogoRenderer.MAX_WIDTH);
        assertThat(png.getHeight()).isLessThanOrEqualTo(LogoRenderer.MAX_HEIGHT);
        assertThat(png.getWidth() == LogoRenderer.MAX_WIDTH || png.getHeight() == LogoRenderer.MAX_HEIGHT).isTrue();
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(opaquePixels(png)).isGreaterThan(png.getWidth() * png.getHeight() / 20);
        assertThat(png.getRGB(0, 0) >>> 24).as("corner is transparent").isZero();
    }

    /** A tall logo is fitted by its height and a wide one by its width, never stretched. */
    @Test
    void keepsTheAspectRatio() throws IOException {
        BufferedImage tall = ImageIO.read(new ByteArrayInputStream(LogoRenderer.png(
                "<svg xmlns='http://www.w3.org/2000/svg' width='100' height='400'><rect width='100' height='400' fill='#123456'/></svg>")));
        BufferedImage wide = ImageIO.read(new ByteArrayInputStream(LogoRenderer.png(
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 3000 100'><rect width='3000' height='100' fill='#123456'/></svg>")));

        assertThat(tall.getHeight()).isEqualTo(200);
        assertThat(tall.getWidth()).isEqualTo(50);
        assertThat(wide.getWidth()).isEqualTo(600);
        assertThat(wide.getHeight()).isEqualTo(20);
        assertThat(tall.getRGB(25, 100) & 0xffffff).isEqualTo(0x123456);
    }

    /**
     * Rendering never reaches outside the SVG: images (http and file), use references, stylesheets and
     * paint servers pointing at a local server make no connection, and the logo's own shapes still render.
     */
    @Test
    void hostileReferencesLoadNothing() throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            String svg = """
                    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="60">
                      <style>@import url(%1$s/style.css); rect { fill: url(%1$s/paint.svg#p); }</style>
                      <image href="%1$s/logo.png" width="100" height="60"/>
                      <image xlink:href="file:///etc/hostname" width="100" height="60"/>
                      <use href="%1$s/sprite.svg#icon"/>
                      <rect x="100" width="100" height="60" fill="url(%1$s/paint.svg#p)"/>
                      <circle cx="30" cy="30" r="20" fill="#0b4f8a"/>
                    </svg>
                    """.formatted(server.base());

            BufferedImage png = ImageIO.read(new ByteArrayInputStream(LogoRenderer.png(svg)));

            assertThat(png.getRGB(90, 90) & 0xffffff).isEqualTo(0x0b4f8a);
            assertThat(server.connectionsAfterAWhile()).isZero();
        }
    }

    /** An external entity in a DOCTYPE is never resolved: no connection is made. */
    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            String svg = """
                    <?xml version="1.0"?>
                    <!DOCTYPE svg [<!ENTITY remote SYSTEM "%1$s/entity">]>
                    <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text y="50">&remote;</text></svg>
                    """.formatted(server.base());

            LogoRenderer.png(svg);

            assertThat(server.connectionsAfterAWhile()).isZero();
        }
    }

    /** The same markup is rendered once: the second call is served from the cache (equal bytes, not the same array). */
    @Test
    void cachesByContent() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10' fill='red'/></svg>";

        byte[] first = LogoRenderer.png(svg);
        byte[] second = LogoRenderer.png(svg);

        assertThat(second).isEqualTo(first).isNotSameAs(first);
    }

    /** No markup, or markup that is not SVG, gives no PNG rather than an error. */
    @Test
    void noOrBrokenSvgGivesNull() {
        assertThat(LogoRenderer.png(null)).isNull();
        assertThat(LogoRenderer.png(" ")).isNull();
        assertThat(LogoRenderer.png("<svg xmlns='http://www.w3.org/2000/svg'><rect")).isNull();
    }

    /** A loopback server that only counts the connections made to it. */
    private static final class ConnectionCounter implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor = Thread.ofVirtual().start(this::accept);

        ConnectionCounter() throws IOException {}

        String base() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        int connectionsAfterAWhile() throws InterruptedException {
            Thread.sleep(300);
            return connections.get();
        }

        private void accept() {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            acceptor.join(1_000);
        }
    }

    private static int opaquePixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 > 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
