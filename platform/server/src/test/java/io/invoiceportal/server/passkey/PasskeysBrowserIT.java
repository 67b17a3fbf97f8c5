package io.invoiceportal.server.passkey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A passkey in Chromium with its virtual authenticator (Chrome DevTools Protocol {@code WebAuthn},
 * ctap2 over the internal transport, resident keys, user verified): add one in the profile after
 * the current password, sign out, sign in with it without typing the login; a browser profile
 * without the passkey is told so.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PasskeysBrowserIT {
    static final int PORT = PasskeysIT.freePort();
    static final String BASE = "http://localhost:" + PORT;
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.onPort("passkeysbrowser", PORT,
            ConfigOverride.config("publicUrl", BASE));
    static final String PASSWORD = "Factuur2026";
    static Browser browser;
    static String initechKey;

    @BeforeAll
    static void setUp() {
        Http api = new Http(BASE + "/api");
        String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", "Bakkerij Korenschoof",
                "email", "c-1@example.test", "login", "korenschoof"));
        PortalApp.activate(APP, "acme", "C-1", PASSWORD);
        initechKey = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "initech", "name", "Initech B.V.",
                "language", "nl")).json().path("apiKey").asText();
        api.put("/v1/tenants/initech/customers/I-1", initechKey, Map.of("companyName", "Bakkerij Korenschoof",
                "email", "i-1@example.test", "login", "korenschoof"));
        PortalApp.activate(APP, "initech", "I-1", PASSWORD);
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Chromium's virtual authenticator for this page: a platform authenticator that verifies its user. */
    static CDPSession virtualAuthenticator(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject args = new JsonObject();
        args.add("options", options);
        String id = cdp.send("WebAuthn.addVirtualAuthenticator", args).get("authenticatorId").getAsString();
        JsonObject which = new JsonObject();
        which.addProperty("authenticatorId", id);
        cdp.send("WebAuthn.getCredentials", which); // the authenticator exists
        return cdp;
    }

    @Test
    void addAPasskeyThenSignInWithIt() {
        Page page = browser.newPage("nl-NL");
        virtualAuthenticator(page);
        page.navigate(BASE + "/t/acme/login");
        Browser.logIn(page, "korenschoof", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        page.navigate(BASE + "/t/acme/profile");
        Locator section = page.locator(".passkeys-section");
        assertThat(section.getByText("U hebt nog geen passkeys.")).isVisible();

        // a wrong password: told next to the field, nothing made
        section.getByLabel("Naam van de passkey").fill("Laptop");
        section.getByLabel("Uw wachtwoord ter bevestiging").fill("Verkeerd2026");
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Passkey toevoegen")).click();
        assertThat(section.getByText("Het huidige wachtwoord is onjuist.")).isVisible();

        section.getByLabel("Uw wachtwoord ter bevestiging").fill(PASSWORD);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Passkey toevoegen")).click();
        assertThat(section.getByText("Passkey \"Laptop\" is toegevoegd.")).isVisible();
        Locator list = section.locator(".passkeys-list");
        assertThat(list).containsText("Laptop");
        assertThat(list).containsText("Nooit");
        Browser.screenshot(page, "passkey-added-nl");

        // sign out, then in with the passkey: no login name typed
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("korenschoof").setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/t/acme/login.*"));
        Locator passkey = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen met een passkey"));
        assertThat(passkey).isVisible();
        Browser.screenshot(page, "passkey-login-nl");
        passkey.click();
        page.waitForURL(Pattern.compile(".*/t/acme/invoices.*"));
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("korenschoof").setExact(true)))
                .isVisible();

        page.navigate(BASE + "/t/acme/profile");
        Locator used = page.locator(".passkeys-section .passkeys-list");
        assertThat(used).containsText("Laptop");
        assertThat(used).not().containsText("Nooit");
        Browser.screenshot(page, "passkey-used-nl");

        // remove it again after the password
        page.locator(".passkeys-section").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verwijderen"))
                .click();
        Locator dialog = page.locator("vaadin-dialog-overlay, [role=dialog]").first();
        assertThat(page.getByText("Passkey \"Laptop\" verwijderen?")).isVisible();
        page.getByLabel("Uw wachtwoord ter bevestiging").last().fill(PASSWORD);
        Browser.screenshot(page, "passkey-remove-nl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijderen").setExact(true)).last().click();
        assertThat(page.locator(".passkeys-section").getByText("Passkey \"Laptop\" is verwijderd.")).isVisible();
        assertThat(page.locator(".passkeys-section").getByText("U hebt nog geen passkeys.")).isVisible();
        assertThat(dialog).isHidden();
        page.context().close();
    }

    /** A browser profile whose authenticator has no passkey for the portal: the sign-in says so and signs nobody in. */
    @Test
    void withoutAPasskeyTheSignInSaysSo() {
        Page page = browser.newPage("en-GB");
        CDPSession cdp = virtualAuthenticator(page);
        page.navigate(BASE + "/t/acme/login?lang=en");
        Locator passkey = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("Sign in with a passkey|Inloggen met een passkey")));
        passkey.click();
        assertThat(page.getByText(Pattern.compile("No passkey was used|Er is geen passkey gebruikt"))).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        Browser.screenshot(page, "passkey-none");
        assertThat(page.url()).contains("/login");
        cdp.detach();
        page.context().close();
    }

    /**
     * Under mfa required a passkey is the second factor: after the right password the login page
     * says so and asks for the passkey at once, which signs in.
     */
    @Test
    void underRequiredThePasswordLeadsToThePasskey() {
        Page page = browser.newPage("nl-NL");
        virtualAuthenticator(page);
        page.navigate(BASE + "/t/initech/login");
        Browser.logIn(page, "korenschoof", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/initech/invoices.*"));
        page.navigate(BASE + "/t/initech/profile");
        Locator section = page.locator(".passkeys-section");
        section.getByLabel("Naam van de passkey").fill("Telefoon");
        section.getByLabel("Uw wachtwoord ter bevestiging").fill(PASSWORD);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Passkey toevoegen")).click();
        assertThat(section.getByText("Passkey \"Telefoon\" is toegevoegd.")).isVisible();
        assertThat(new Http(BASE + "/api").put("/v1/tenants/initech/settings", initechKey,
                Map.of("security", Map.of("mfa", "required"))).status()).isEqualTo(200);
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("korenschoof").setExact(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Uitloggen").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/t/initech/login.*"));

        Browser.logIn(page, "korenschoof", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/initech/invoices.*"));
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("korenschoof").setExact(true)))
                .isVisible();
        page.navigate(BASE + "/t/initech/profile");
        assertThat(page.locator(".passkeys-section .passkeys-list")).not().containsText("Nooit");
        Browser.screenshot(page, "passkey-required-used-nl");
        page.context().close();
    }
}
