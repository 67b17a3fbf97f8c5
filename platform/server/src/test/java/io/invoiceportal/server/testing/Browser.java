package io.invoiceportal.server.testing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright; never a downloaded browser. Set
 * {@code PORTAL_CHROMIUM} to use another executable (default {@code /usr/bin/chromium}).
 */
public final class Browser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    static {
        // CI machines are loaded (Maven, PostgreSQL, Chromium and the server on two cores): a
        // Vaadin round trip after back/forward can take longer than Playwright's 5 s default.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium");
        if (!available()) {
            playwright.close();
            throw new IllegalStateException("No Chromium at " + executable + ": install Debian's chromium"
                    + " (apt-get install chromium, as .ci/run does) or set PORTAL_CHROMIUM");
        }
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Whether the Chromium executable exists on this machine (.ci/run installs it). */
    public static boolean available() {
        return Files.isExecutable(Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium")));
    }

    /** A fresh browser profile (its own cookies) with a desktop-sized window. */
    public Page newPage(String locale) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 860).setLocale(locale)
                .setAcceptDownloads(true));
        return traced(context.newPage());
    }

    /**
     * With {@code PORTAL_TRACE_BROWSER} set, prints the page's Vaadin round trips (their bodies and
     * answers) and its console: what to look at when a browser test fails only on a loaded machine.
     */
    private static Page traced(Page page) {
        if (System.getenv("PORTAL_TRACE_BROWSER") == null) {
            return page;
        }
        long start = System.nanoTime();
        java.util.function.Function<String, String> at = what -> String.format("[browser %6d ms] %s",
                (System.nanoTime() - start) / 1_000_000, what);
        page.onConsoleMessage(message -> System.out.println(at.apply("console " + message.type() + ": " + message.text())));
        page.onRequest(request -> {
            if (request.url().contains("v-r=")) {
                System.out.println(at.apply("-> " + request.url().replaceAll(".*\\?", "?") + " " + request.postData()));
            }
        });
        page.onResponse(response -> {
            if (response.url().contains("v-r=")) {
                String body;
                try {
                    body = response.text();
                } catch (RuntimeException e) {
                    body = "<" + e.getMessage() + ">";
                }
                System.out.println(at.apply("<- " + response.status() + " " + body.substring(0, Math.min(1500, body.length()))));
            }
        });
        page.onDownload(download -> System.out.println(at.apply("download " + download.url())));
        page.onFrameNavigated(frame -> System.out.println(at.apply("navigated " + frame.url())));
        return page;
    }

    /**
     * A fresh browser profile that accepts the test's self-signed certificate ({@link Https}), so
     * that pages and {@code Secure} cookies work over https.
     */
    public Page newHttpsPage(String locale) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 860).setLocale(locale)
                .setAcceptDownloads(true).setIgnoreHTTPSErrors(true));
        return traced(context.newPage());
    }

    /**
     * Fills the Dutch login page open in {@code page} ("Login naam", "Wachtwoord") and presses
     * "Log in"; the caller waits for where it should land.
     */
    public static void logIn(Page page, String login, String password) {
        page.getByLabel("Login naam").fill(login);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
