package io.invoiceportal.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample tenants' logos, stored through the sanitiser, still render in Chromium. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LogoBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("logo");
    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hollandse-energie", "northwind-facilities"})
    void sampleLogoRendersInTheHeader(String slug) throws IOException {
        String logo = Files.readString(Path.of("tenants-sample", slug, "logo.svg"));
        Http.Answer created = new Http(base + "/api").post("/v1/tenants", PortalApp.ADMIN_KEY,
                Map.of("slug", slug, "name", slug, "branding", Map.of("logoSvg", logo)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Page page = browser.newPage("en-GB");
        page.navigate(base + "/t/" + slug + "/login");
        Locator img = page.locator("img.tenant-logo");
        img.waitFor();
        Object painted = img.evaluate("""
                async img => {
                  await img.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = img.naturalWidth;
                  canvas.height = img.naturalHeight;
                  const g = canvas.getContext('2d');
                  g.drawImage(img, 0, 0);
                  const pixels = g.getImageData(0, 0, canvas.width, canvas.height).data;
                  let opaque = 0;
                  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) opaque++; }
                  return [img.naturalWidth, img.naturalHeight, opaque];
                }""");
        Browser.screenshot(page, "logo-" + slug);
        assertThat(painted.toString()).as("natural size and painted pixels").startsWith("[200, 60, ");
        int opaque = Integer.parseInt(painted.toString().replaceAll(".*, (\\d+)]", "$1"));
        assertThat(opaque).as("pixels the logo paints").isGreaterThan(1000);
    }
}
