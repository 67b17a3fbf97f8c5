package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.PortalApp;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What only a browser shows, on the sample tenants in Chromium at 1280 px: error pages, the icon,
 * the user menu, the names screen readers announce, and texts that fit their columns and fields.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PortalLooksBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("looks");
    static final String DUTCH = "hollandse-energie";
    static final String ENGLISH = "northwind-facilities";

    /** The English names Vaadin's components give their own parts. */
    static final List<String> VAADIN_ENGLISH = List.of("Select All", "Select Row", "Sort by", "Show password",
            "More options", "Online", "Connection lost", "added to selection", "Today", "Cancel");

    /**
     * Every text in the grid, the filters and the header that the browser cuts off with an ellipsis:
     * elements whose text-overflow is ellipsis and whose content is wider than their box, looked for
     * inside the components' shadow trees too.
     */
    static final String CUT_OFF_TEXTS = """
            () => {
              const cut = [];
              const visit = root => root.querySelectorAll('*').forEach(element => {
                const style = getComputedStyle(element);
                if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) {
                  cut.push((element.textContent || '').trim().slice(0, 40) + ' [' + element.localName + ']');
                }
                if (element.shadowRoot) visit(element.shadowRoot);
              });
              visit(document);
              return cut;
            }""";

    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        APP.<PortalApplication>getApplication().services().sampleLoader()
                .loadAll(Path.of(PortalApp.configFile()).resolveSibling("tenants-sample"));
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Addresses a person can reach that Jetty or Vaadin refuse get the portal's page in the visitor's
     * language (the tenant's name and colour under its address), never a container page.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "nl-NL, /VAADIN/missing.js, 404, Pagina niet gevonden, Invoice Portal",
            "en-GB, /VAADIN/static/missing.css, 404, Page not found, Invoice Portal",
            "nl-NL, /t/hollandse-energie/bestaat-niet, 404, Pagina niet gevonden, Hollandse Energie B.V.",
            "en-GB, /t/northwind-facilities/no-such-page, 404, Page not found, Northwind Facilities Ltd",
            "nl-NL, /?v-r=heartbeat-of-a-gone-session, 403, Uw sessie is verlopen, Invoice Portal"})
    void errorsArePortalPages(String locale, String path, int status, String heading, String brand) {
        Page page = browser.newPage(locale);
        Response response = page.navigate(base + path);

        assertThat(response.status()).isEqualTo(status);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))).isVisible();
        assertThat(page.getByText(brand).first()).isVisible();
        assertThat(page.content()).doesNotContain("HTTP ERROR", "jetty", "Jetty", "There was an exception");
        assertThat(page.locator("link[rel=icon]")).hasCount(1);
        Browser.screenshot(page, "error-" + status + "-" + locale);
        page.context().close();
    }

    /** Vaadin's requests for a tenant page after the session ended lead to that tenant's login page. */
    @Test
    void anEndedSessionLeadsToTheLoginPage() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/" + DUTCH + "/invoices?v-r=request-of-an-ended-session");
        page.waitForURL(Pattern.compile(".*/t/" + DUTCH + "/login.*"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inloggen"))).isVisible();
        page.context().close();
    }

    /** Every tenant page links the tenant's own icon, which is served; /favicon.ico is the portal's icon, not a 404. */
    @Test
    void theIconIsLinkedAndServed() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/" + DUTCH + "/login");
        Locator icon = page.locator("link[rel~=icon][href*='/t/" + DUTCH + "/favicon']");
        assertThat(icon).hasCount(1);
        APIResponse linked = page.request().get((String) icon.evaluate("link => link.href"));
        APIResponse root = page.request().get(base + "/favicon.ico");

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.headers().get("content-type")).startsWith("image/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.headers().get("content-type")).startsWith("image/");
        page.context().close();
    }

    /** The login name in the header opens Profiel and Uitloggen, with the keyboard as well as the mouse. */
    @Test
    void theUserMenuWorksWithTheKeyboard() throws Exception {
        Page page = logIn("nl-NL", DUTCH, "korenschoof");
        Locator menu = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("korenschoof").setExact(true));
        menu.focus();
        page.keyboard().press("Enter");
        Locator profile = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Profiel").setExact(true));
        assertThat(profile).isVisible();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true))).isVisible();
        Browser.screenshot(page, "user-menu-nl");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/t/" + DUTCH + "/profile.*"));

        String signedIn = LoginBrowserIT.sessionCookie(page);
        menu.click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/t/" + DUTCH + "/login.*"));
        // signed out under a new session id; the old one opens nothing any more
        assertThat(LoginBrowserIT.sessionCookie(page)).isNotEqualTo(signedIn);
        assertThat(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "/api/v1/tenants/" + DUTCH + "/me/profile")).header("Cookie", "JSESSIONID=" + signedIn).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        page.navigate(base + "/t/" + DUTCH + "/invoices");
        page.waitForURL(Pattern.compile(".*/t/" + DUTCH + "/login.*"));
        page.context().close();
    }

    /** On Dutch pages a screen reader hears Dutch names only, also for the parts Vaadin names itself. */
    @Test
    void dutchPagesAnnounceDutchNames() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/" + DUTCH + "/login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord tonen"))).isVisible();
        String login = page.locator("body").ariaSnapshot();

        page.getByLabel("Login naam", new Page.GetByLabelOptions().setExact(true)).fill("korenschoof");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("Factuur2026");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/t/" + DUTCH + "/invoices.*"));
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Alle facturen op deze pagina selecteren")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Factuur selecteren")).first()).isVisible();
        assertThat(page.locator("vaadin-grid-sorter[aria-label='Sorteren op Factuurdatum']")).hasCount(1);
        String invoices = page.locator("body").ariaSnapshot() + (String) page.evaluate(
                "() => [...document.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label')).join('|')")
                + page.evaluate("() => window.Vaadin.connectionIndicator.onlineText");

        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("korenschoof").setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Profiel").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/t/" + DUTCH + "/profile.*"));
        // the password form's three, and the ones that confirm two-step verification and passkey changes
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord tonen"))).hasCount(5);
        String profile = page.locator("body").ariaSnapshot();

        assertThat(List.of(login, invoices, profile)).allSatisfy(names -> assertThat(names)
                .as("English names Vaadin gives its components").doesNotContain(VAADIN_ENGLISH));
        page.context().close();
    }

    /**
     * Columns and fields fit their content in both languages, for the sample data: no cell, header or
     * chip is cut off, also with both read statuses chosen and all invoices on one page.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"nl-NL, hollandse-energie, korenschoof, Ongelezen, Gelezen, Aantal facturen per pagina",
            "en-GB, northwind-facilities, liffeyquay, Unread, Read, Invoices per page"})
    void textsFitTheirColumnsAndFields(String locale, String tenant, String login, String unread, String read, String pageSize) {
        Page page = logIn(locale, tenant, login);
        awaitRows(page, 25);
        assertThat(cutOff(page)).as("texts cut off on the first page").isEmpty();

        page.getByLabel(pageSize, new Page.GetByLabelOptions().setExact(true)).first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("100").setExact(true)).click();
        awaitRows(page, 100);
        assertThat(cutOff(page)).as("texts cut off with 100 invoices").isEmpty();

        Locator status = page.locator("vaadin-multi-select-combo-box");
        status.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(unread).setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(read).setExact(true)).click();
        page.keyboard().press("Escape");
        assertThat(status.locator("vaadin-multi-select-combo-box-chip:not([slot=overflow])")).hasCount(2);
        assertThat(cutOff(page)).as("texts cut off with both read statuses chosen").isEmpty();
        Browser.screenshot(page, "invoices-fit-" + locale);
        page.context().close();
    }

    /** The arrow of the default order (newest invoice date first) is there when the page is loaded anew. */
    @Test
    void theDefaultSortArrowShowsOnEveryLoad() {
        Page page = logIn("nl-NL", DUTCH, "korenschoof");
        Locator issueDate = page.locator("vaadin-grid-sorter", new Page.LocatorOptions().setHasText("Factuurdatum"));
        assertThat(issueDate).hasAttribute("direction", "desc");

        page.reload();
        awaitRows(page, 25);
        assertThat(issueDate).hasAttribute("direction", "desc");

        page.navigate(base + "/t/" + DUTCH + "/invoices");
        awaitRows(page, 25);
        assertThat(issueDate).hasAttribute("direction", "desc");
        page.context().close();
    }

    private Page logIn(String locale, String tenant, String login) {
        Page page = browser.newPage(locale);
        page.navigate(base + "/t/" + tenant + "/login");
        page.locator("vaadin-text-field input").first().fill(login);
        page.locator("vaadin-password-field input").fill("Factuur2026");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/t/" + tenant + "/invoices.*"));
        return page;
    }

    private static void awaitRows(Page page, int rows) {
        page.waitForCondition(() -> page.locator("vaadin-grid a.invoice-number").count() == rows);
        page.waitForTimeout(500); // the columns are fitted once the rows are drawn
    }

    @SuppressWarnings("unchecked")
    private static List<String> cutOff(Page page) {
        return (List<String>) page.evaluate(CUT_OFF_TEXTS);
    }
}
