package io.invoiceportal.server.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.PortalApp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions in Chromium: two browser profiles of one customer; ending the other from "Uw sessies"
 * sends the other's open page to the login page without a click. A screen's polling is background
 * traffic: it does not move the session's last-seen time. Shortly before the idle end a dialog warns,
 * "Aangemeld blijven" keeps the session; shortly before the absolute end a notice says a new sign-in
 * will be needed; past the idle end the open page goes to the login page.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SessionsBrowserIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("sessionsbrowser");
    static final String PASSWORD = "Factuur2026";
    static Browser browser;
    static String base;

    @BeforeAll
    static void setUp() {
        base = "http://localhost:" + APP.getLocalPort();
        Http api = new Http(base + "/api");
        for (String slug : List.of("acme", "globex")) {
            String key = api.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", slug + " B.V.",
                    "language", "nl")).json().path("apiKey").asText();
            api.put("/v1/tenants/" + slug + "/customers/C-1", key, Map.of("companyName", "Klant C-1",
                    "email", "c1@" + slug + ".test", "login", "c-1"));
            PortalApp.activate(APP, slug, "C-1", PASSWORD);
            if (slug.equals("globex")) {
                assertThat(api.put("/v1/tenants/globex/settings", key, Map.of("security", Map.of("idleMinutes", 5)))
                        .status()).isEqualTo(200);
            }
        }
        browser = new Browser();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    static Jdbi jdbi() {
        return APP.<PortalApplication>getApplication().services().jdbi();
    }

    static Page signedIn(String slug) {
        Page page = browser.newPage("nl-NL");
        page.navigate(base + "/t/" + slug + "/login");
        Browser.logIn(page, "c-1", PASSWORD);
        page.waitForURL(Pattern.compile(".*/t/" + slug + "/invoices.*"));
        return page;
    }

    /** The newest open session of the tenant's customer C-1 (the one just signed in). */
    static long newestSession(String slug) {
        return jdbi().withHandle(h -> h.createQuery("select s.id from user_session s join tenant t on t.id = s.tenant_id"
                        + " where t.slug = :t and s.ended_at is null order by s.id desc limit 1")
                .bind("t", slug).mapTo(Long.class).one());
    }

    static Instant lastSeen(long id) {
        return jdbi().withHandle(h -> h.createQuery("select last_seen_at from user_session where id = :id")
                .bind("id", id).mapTo(Instant.class).one());
    }

    static String endReason(long id) {
        return jdbi().withHandle(h -> h.createQuery("select end_reason from user_session where id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    static void lastSeenAgo(long id, String interval) {
        jdbi().useHandle(h -> h.createUpdate("update user_session set last_seen_at = now() - cast(:i as interval)"
                + " where id = :id").bind("i", interval).bind("id", id).execute());
    }

    @Test
    void endingTheOtherSessionFromTheProfileSendsItsPageToTheLogin() {
        Page other = signedIn("acme");
        long otherId = newestSession("acme");
        Page mine = signedIn("acme");
        long mineId = newestSession("acme");
        assertThat(mineId).isNotEqualTo(otherId);

        // the other page only polls meanwhile: background traffic, which keeps nothing alive
        List<Double> polls = new CopyOnWriteArrayList<>();
        other.onRequestFinished(r -> {
            if (r.url().contains("v-r=uidl")) {
                polls.add(r.timing().responseEnd - r.timing().requestStart);
            }
        });
        Instant seenBefore = lastSeen(otherId);
        other.waitForTimeout(10_000);
        assertThat(polls).as("polls in 10 s").hasSizeBetween(2, 6);
        assertThat(lastSeen(otherId)).isEqualTo(seenBefore);
        System.out.printf("session watch: %d polls in 10 s, %.1f ms each on average (server time, loaded machine)%n",
                polls.size(), polls.stream().mapToDouble(Double::doubleValue).average().orElse(0));

        mine.navigate(base + "/t/acme/profile");
        assertThat(mine.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uw sessies"))).isVisible();
        Locator rows = mine.locator(".user-session");
        assertThat(rows).hasCount(2);
        Locator here = mine.locator(".user-session[data-session='" + mineId + "']");
        assertThat(here.getByText("Dit apparaat")).isVisible();
        assertThat(here.locator(".session-device")).hasText(Pattern.compile("Chrome \\(headless\\) op Linux"));
        assertThat(here).containsText(Pattern.compile("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"));
        assertThat(here.getByRole(AriaRole.BUTTON)).hasCount(0);
        Browser.screenshot(mine, "sessions-profile");

        mine.locator(".user-session[data-session='" + otherId + "']")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Beëindigen"))).click();

        assertThat(mine.getByText("De sessie is beëindigd.")).isVisible();
        assertThat(rows).hasCount(1);
        other.waitForURL(Pattern.compile(".*/t/acme/login.*"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(other.getByLabel("Login naam")).isVisible();
        assertThat(endReason(otherId)).isEqualTo("ended-elsewhere");
        mine.reload();
        assertThat(mine).hasURL(Pattern.compile(".*/t/acme/profile.*"));
        assertThat(mine.locator(".user-session")).hasCount(1);
    }

    @Test
    void theIdleWarningKeepsTheSessionAndItsEndSendsThePageToTheLogin() {
        Page page = signedIn("globex");
        long id = newestSession("globex");

        lastSeenAgo(id, "4 minutes"); // the tenant's idle time is 5 minutes: one minute left
        Locator warning = page.getByText("Uw sessie verloopt over 1 minuut.");
        assertThat(warning).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(15_000));
        assertThat(page.locator("vaadin-dialog.session-warning")).hasAttribute("aria-label", "Bent u er nog?");
        Browser.screenshot(page, "sessions-idle-warning");
        Instant before = lastSeen(id);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aangemeld blijven")).click();

        assertThat(warning).isHidden();
        assertThat(lastSeen(id)).isAfter(before.plusSeconds(200));
        page.waitForTimeout(4_000); // a poll or more later, the dialog stays away
        assertThat(page.locator("vaadin-dialog.session-warning")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/t/globex/invoices.*"));

        // four minutes before the absolute end (12 hours): a notice, once, that a new sign-in will be needed
        jdbi().useHandle(h -> h.createUpdate("update user_session set created_at = now() - interval '11 hours 56 minutes'"
                + " where id = :id").bind("id", id).execute());
        Locator notice = page.getByText(Pattern.compile("^Uw sessie eindigt om \\d{2}:\\d{2}\\. Daarna moet u opnieuw inloggen\\.$"));
        assertThat(notice).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(15_000));
        assertThat(page.locator("vaadin-dialog.session-warning")).hasCount(0);
        Browser.screenshot(page, "sessions-absolute-notice");

        lastSeenAgo(id, "6 minutes");
        page.waitForURL(Pattern.compile(".*/t/globex/login.*"), new Page.WaitForURLOptions().setTimeout(15_000));
        assertThat(endReason(id)).isEqualTo("idle");
    }
}
