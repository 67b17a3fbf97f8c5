package io.invoiceportal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer's account journey over REST, with mail through a real SMTP server (GreenMail). */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountJourneyIT {
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    @Order(1)
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("journey",
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP_PORT)),
            ConfigOverride.config("delivery.pollMillis", "200"));
    static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    static String apiKey;
    static String base;

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void tenant() {
        base = "http://localhost:" + APP.getLocalPort();
        Http admin = new Http(base + "/api");
        Answer a = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V."));
        apiKey = a.json().path("apiKey").asText();
        admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex Ltd", "language", "en"));
    }

    static void customer(String number, String login, String email) {
        Answer a = new Http(base + "/api").put("/v1/tenants/acme/customers/" + number, apiKey,
                Map.of("companyName", "Bakkerij " + login, "email", email, "login", login, "language", "nl"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String awaitToken(String address, int mailNumber) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= mailNumber);
        String body = GreenMailUtil.getBody(mailsTo(address).get(mailNumber - 1)).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = TOKEN.matcher(body);
        assertThat(m.find()).as("a link with a token in: " + body).isTrue();
        return m.group(1);
    }

    static Answer login(Http http, String login, String password) {
        return http.post("/v1/tenants/acme/session", null, Map.of("login", login, "password", password));
    }

    /** Register → activation mail → activate → log in → change password → log out → reset → log in. */
    @Test
    void wholeJourney() throws Exception {
        customer("C-1", "korenschoof", "admin@korenschoof.example");
        String token = awaitToken("admin@korenschoof.example", 1);
        MimeMessage activation = mailsTo("admin@korenschoof.example").get(0);
        assertThat(activation.getSubject()).contains("Acme Energie B.V.");
        assertThat(GreenMailUtil.getBody(activation)).contains("korenschoof");
        Http browser = new Http(base + "/api");

        Answer weak = browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", token, "password", "password1", "passwordConfirmation", "password1"));
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
        Answer mismatch = browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", token, "password", "Factuur2026", "passwordConfirmation", "Factuur2027"));
        assertThat(mismatch.json().path("errors").get(0).path("field").asText()).isEqualTo("passwordConfirmation");
        assertThat(browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", token, "password", "Factuur2026", "passwordConfirmation", "Factuur2026")).status()).isEqualTo(200);
        Answer reuse = browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", token, "password", "Factuur2026", "passwordConfirmation", "Factuur2026"));
        assertThat(reuse.status()).isEqualTo(422);
        assertThat(reuse.json().path("errors").get(0).path("message").asText()).contains("used");

        assertThat(login(browser, "korenschoof", "wrong-password1").status()).isEqualTo(401);
        new Http(base).get("/t/acme/login", null); // not our browser: a page visit elsewhere changes nothing
        browser.get("/v1/tenants/acme/me/password", null);
        Answer ok = login(browser, "korenschoof", "Factuur2026");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("companyName").asText()).isEqualTo("Bakkerij korenschoof");
        String sessionAfterLogin = browser.cookie("JSESSIONID");
        assertThat(sessionAfterLogin).isNotNull();

        Http otherDevice = new Http(base + "/api");
        assertThat(login(otherDevice, "korenschoof", "Factuur2026").status()).isEqualTo(200);

        Answer wrongCurrent = browser.put("/v1/tenants/acme/me/password", null, Map.of("currentPassword", "nope",
                "newPassword", "Nieuw2027x", "newPasswordConfirmation", "Nieuw2027x"));
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.json().path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");
        assertThat(browser.put("/v1/tenants/acme/me/password", null, Map.of("currentPassword", "Factuur2026",
                "newPassword", "Nieuw2027x", "newPasswordConfirmation", "Nieuw2027x")).status()).isEqualTo(204);
        assertThat(browser.cookie("JSESSIONID")).as("session id renewed").isNotEqualTo(sessionAfterLogin);

        Answer ended = otherDevice.put("/v1/tenants/acme/me/password", null, Map.of("currentPassword", "Nieuw2027x",
                "newPassword", "Nieuw2028x", "newPasswordConfirmation", "Nieuw2028x"));
        assertThat(ended.status()).as("the other session ended with the password change").isEqualTo(401);

        assertThat(browser.send("DELETE", "/v1/tenants/acme/session", null, null, null, Map.of()).status()).isEqualTo(204);
        assertThat(browser.put("/v1/tenants/acme/me/password", null, Map.of("currentPassword", "Nieuw2027x",
                "newPassword", "Nieuw2028x", "newPasswordConfirmation", "Nieuw2028x")).status()).isEqualTo(401);

        Answer unknown = browser.post("/v1/tenants/acme/password-reset-requests", null,
                Map.of("login", "korenschoof", "email", "someone@else.example"));
        Answer known = browser.post("/v1/tenants/acme/password-reset-requests", null,
                Map.of("login", "korenschoof", "email", "admin@korenschoof.example"));
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        String resetToken = awaitToken("admin@korenschoof.example", 2);
        assertThat(mailsTo("someone@else.example")).isEmpty();
        assertThat(browser.post("/v1/tenants/acme/password-resets", null,
                Map.of("token", resetToken, "password", "Herstel2029x", "passwordConfirmation", "Herstel2029x")).status())
                .isEqualTo(200);
        assertThat(login(browser, "korenschoof", "Nieuw2027x").status()).isEqualTo(401);
        assertThat(login(browser, "korenschoof", "Herstel2029x").status()).isEqualTo(200);
    }

    /** A fresh activation e-mail voids the older link; an active account gets no new one (409). */
    @Test
    void resendActivation() {
        customer("C-3", "derde", "derde@example.test");
        String first = awaitToken("derde@example.test", 1);
        Http issuer = new Http(base + "/api");
        assertThat(issuer.post("/v1/tenants/acme/customers/C-3/activation-email", apiKey, null).status()).isEqualTo(202);
        String second = awaitToken("derde@example.test", 2);
        Http browser = new Http(base + "/api");
        Answer old = browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", first, "password", "Factuur2026", "passwordConfirmation", "Factuur2026"));
        assertThat(old.status()).isEqualTo(422);
        assertThat(browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", second, "password", "Factuur2026", "passwordConfirmation", "Factuur2026")).status()).isEqualTo(200);
        assertThat(issuer.post("/v1/tenants/acme/customers/C-3/activation-email", apiKey, null).status()).isEqualTo(409);
        Answer logged = login(browser, "derde", "Factuur2026");
        assertThat(logged.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    /** A session of one tenant opens nothing of another tenant. */
    @Test
    void sessionIsBoundToItsTenant() {
        customer("C-2", "tweede", "tweede@example.test");
        String token = awaitToken("tweede@example.test", 1);
        Http browser = new Http(base + "/api");
        browser.post("/v1/tenants/acme/activation", null,
                Map.of("token", token, "password", "Factuur2026", "passwordConfirmation", "Factuur2026"));
        assertThat(login(browser, "tweede", "Factuur2026").status()).isEqualTo(200);
        assertThat(browser.put("/v1/tenants/globex/me/password", null, Map.of("currentPassword", "Factuur2026",
                "newPassword", "Nieuw2027x", "newPasswordConfirmation", "Nieuw2027x")).status()).isEqualTo(401);
        assertThat(login(browser, "tweede", "Factuur2026").status()).isEqualTo(200);
        assertThat(browser.post("/v1/tenants/globex/session", null, Map.of("login", "tweede", "password", "Factuur2026"))
                .status()).isEqualTo(401);
    }

    /** After three failed logins the next one waits (429 with Retry-After), also for unknown logins. */
    @Test
    void loginIsThrottled() {
        Http attacker = new Http(base + "/api");
        for (int i = 0; i < 3; i++) {
            assertThat(login(attacker, "ghost", "guess" + i).status()).isEqualTo(401);
        }
        Answer throttled = login(attacker, "ghost", "guess9");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
    }

    /** Public account endpoints of an unknown tenant answer 404, and a resend of the activation mail is not needed twice. */
    @Test
    void unknownTenant() {
        assertThat(new Http(base + "/api").post("/v1/tenants/nope/session", null, Map.of("login", "a", "password", "b"))
                .status()).isEqualTo(404);
    }
}
