package io.invoiceportal.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.mfa.Totp;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two-step verification in Chromium: enrol in the profile (the test reads the key shown and
 * computes the codes as an authenticator app would), log out, log in with a code, log in with a
 * recovery code; a portal that requires it sends a customer without one to the enrolment first.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TotpBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("totp-browser");
    static final String PASSWORD = "Factuur2026";
    static Browser browser;
    static String base;
    static String strictKey;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij De Korenschoof B.V.",
                "email", "a@korenschoof.example", "login", "korenschoof"));
        PortalApp.activate(APP, "acme", "C-1", PASSWORD);
        strictKey = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "strikt", "name", "Strikt Water B.V.",
                "language", "nl")).json().path("apiKey").asText();
        assertThat(api.put("/v1/tenants/strikt/settings", strictKey, Map.of("security", Map.of("mfa", "required")))
                .status()).isEqualTo(200);
        api.put("/v1/tenants/strikt/customers/S-1", strictKey, Map.of("companyName", "Kapsalon Knip B.V.",
                "email", "s@knip.example", "login", "knip"));
        PortalApp.activate(APP, "strikt", "S-1", PASSWORD);
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    static String code(String secret, int stepsFromNow) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now()) + stepsFromNow);
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Locator section, String name) {
        return section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Turns TOTP on in the section open on {@code page}; returns the key shown and the recovery codes. */
    static String[] enrol(Page page, String shotPrefix) {
        Locator section = page.locator(".mfa-section");
        section.locator(".mfa-current-password input").fill("niet-goed-1");
        button(section, "Inschakelen").click();
        assertThat(section.getByText("Het huidige wachtwoord is onjuist.")).isVisible();
        section.locator(".mfa-current-password input").fill(PASSWORD);
        button(section, "Inschakelen").click();
        assertThat(section.locator("img.mfa-qr")).isVisible();
        String secret = section.locator(".mfa-secret input").inputValue().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        Browser.screenshot(page, shotPrefix + "-qr");
        // the code is confirmed with Enter, as one types it. A pointer click on "Bevestigen" right after typing
        // is lost in headless Chromium (3 of 3 tries): focusing the button scrolls the page some 230 px between
        // mousedown and mouseup, so the mouseup lands on the QR code. Traced with PORTAL_TRACE_BROWSER; no
        // script scrolls (scrollTo, scrollIntoView and focus() were watched); cause not found, see the note.
        section.locator(".mfa-code input").fill("12345");
        section.locator(".mfa-code input").press("Enter");
        Browser.screenshot(page, shotPrefix + "-code-format");
        assertThat(section.getByText("Vul de 6 cijfers in die uw authenticator-app toont.")).isVisible();
        section.locator(".mfa-code input").fill(code(secret, 0));
        section.locator(".mfa-code input").press("Enter");
        Locator codes = section.locator(".recovery-codes li");
        assertThat(codes).hasCount(10);
        List<String> recovery = codes.allInnerTexts();
        Browser.screenshot(page, shotPrefix + "-recovery-codes");
        button(section, "Ik heb ze bewaard").click();
        assertThat(section.locator(".mfa-active")).isVisible();
        return new String[] {secret, recovery.get(0), recovery.get(1)};
    }

    static void logOut(Page page, String login, String slug) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(login).setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/t/" + slug + "/login.*"));
    }

    @Test
    void enrolInTheProfileThenLogInWithACodeOrARecoveryCode() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/acme/login");
        Browser.logIn(page, "korenschoof", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        page.navigate(base + "/t/acme/profile");
        assertThat(page.getByText("Tweestapsverificatie").first()).isVisible();
        String[] enrolled = enrol(page, "totp-profile");
        String secret = enrolled[0];
        assertThat(page.getByText("Herstelcodes over: 10")).isVisible();
        Browser.screenshot(page, "totp-profile-on");
        logOut(page, "korenschoof", "acme");

        // password, then the code of the next time step (the enrolment used this one)
        Browser.logIn(page, "korenschoof", PASSWORD);
        assertThat(page.getByText("Verificatiecode").first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/t/acme/login.*"));
        Locator code = page.locator(".second-factor-code input");
        code.fill("000000");
        button(page, "Verifiëren").click();
        assertThat(page.getByText("Deze code is onjuist, verlopen of al gebruikt.")).isVisible();
        Browser.screenshot(page, "totp-login-code-wrong");
        code.fill(code(secret, 1));
        button(page, "Verifiëren").click();
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(page.getByText("Welkom, Bakkerij De Korenschoof B.V.")).isVisible();
        logOut(page, "korenschoof", "acme");

        // password, then a recovery code through the link
        Browser.logIn(page, "korenschoof", PASSWORD);
        button(page, "Een herstelcode gebruiken").click();
        assertThat(page.getByText("Herstelcode", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        Browser.screenshot(page, "totp-login-recovery");
        page.locator(".second-factor-code input").fill(enrolled[1]);
        button(page, "Verifiëren").click();
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        page.navigate(base + "/t/acme/profile");
        assertThat(page.getByText("Herstelcodes over: 9")).isVisible();
        logOut(page, "korenschoof", "acme");

        // the same recovery code again: refused, nothing signed in
        Browser.logIn(page, "korenschoof", PASSWORD);
        button(page, "Een herstelcode gebruiken").click();
        page.locator(".second-factor-code input").fill(enrolled[1]);
        button(page, "Verifiëren").click();
        assertThat(page.getByText("Deze herstelcode is onjuist of al gebruikt.")).isVisible();
        page.navigate(base + "/t/acme/invoices");
        page.waitForURL(Pattern.compile(".*/t/acme/login.*"));
        page.context().close();
    }

    @Test
    void aPortalThatRequiresItSendsToTheEnrolmentFirst() {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/strikt/login");
        Browser.logIn(page, "knip", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/strikt/mfa.*"));
        assertThat(page.getByText("Dit portaal vereist tweestapsverificatie. Stel die in om verder te gaan.")).isVisible();
        Browser.screenshot(page, "totp-required");
        page.navigate(base + "/t/strikt/invoices");
        page.waitForURL(Pattern.compile(".*/t/strikt/mfa.*"));
        page.navigate(base + "/t/strikt/profile");
        page.waitForURL(Pattern.compile(".*/t/strikt/mfa.*"));
        enrol(page, "totp-required");
        assertThat(button(page, "Uitschakelen")).isDisabled();
        assertThat(page.getByText("Dit portaal vereist tweestapsverificatie; u kunt die daarom niet uitschakelen.")).isVisible();
        button(page, "Verder naar het portaal").click();
        page.waitForURL(Pattern.compile(".*/t/strikt/invoices.*"));
        assertThat(page.getByText("Welkom, Kapsalon Knip B.V.")).isVisible();
        Browser.screenshot(page, "totp-required-done");
        page.context().close();
    }
}
