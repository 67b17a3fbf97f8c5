package io.invoiceportal.server.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.core.mfa.Totp;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TOTP over REST with the whole application on PostgreSQL: enrolment (re-authenticated,
 * confirmed with a code), sign-in with a code or a recovery code, replay, throttling, removal,
 * new recovery codes, the tenant's off / optional / required, and tenant isolation.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TotpIT {
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.extension("totp");
    static final String PASSWORD = "Wachtwoord123";
    static String base;
    static final Map<String, String> KEYS = new java.util.HashMap<>();

    @BeforeAll
    static void tenants() {
        base = "http://localhost:" + APP.getLocalPort() + "/api";
        Http admin = new Http(base);
        for (String slug : List.of("acme", "globex", "strict")) {
            Answer a = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", slug, "name", "Portal " + slug));
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            KEYS.put(slug, a.json().path("apiKey").asText());
        }
    }

    static void customer(String slug, String number, String login) {
        Answer a = new Http(base).put("/v1/tenants/" + slug + "/customers/" + number, KEYS.get(slug),
                Map.of("companyName", "Bakkerij " + login, "email", login + "@example.com", "login", login));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        PortalApp.activate(APP, slug, number, PASSWORD);
    }

    static Http signedIn(String slug, String login) {
        Http http = new Http(base);
        Answer a = http.post("/v1/tenants/" + slug + "/session", null, Map.of("login", login, "password", PASSWORD));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return http;
    }

    static String code(String secret, int stepsFromNow) {
        return Totp.code(Totp.fromBase32(secret), Totp.step(Instant.now()) + stepsFromNow);
    }

    /** Enrols TOTP for a signed-in client; returns the secret and the recovery codes. */
    static Enrolled enrol(Http http, String slug) {
        Answer begun = http.post("/v1/tenants/" + slug + "/me/mfa/totp", null, Map.of("currentPassword", PASSWORD));
        assertThat(begun.status()).as(begun.body()).isEqualTo(201);
        String secret = begun.json().path("secret").asText();
        Answer confirmed = http.put("/v1/tenants/" + slug + "/me/mfa/totp", null, Map.of("code", code(secret, 0)));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        confirmed.json().path("recoveryCodes").forEach(c -> codes.add(c.asText()));
        return new Enrolled(secret, codes);
    }

    record Enrolled(String secret, List<String> recoveryCodes) {}

    static Answer password(Http http, String slug, String login) {
        return http.post("/v1/tenants/" + slug + "/session", null, Map.of("login", login, "password", PASSWORD));
    }

    static Answer secondFactor(Http http, String slug, String code) {
        return http.post("/v1/tenants/" + slug + "/session/second-factor", null, Map.of("code", code));
    }

    static String fieldOf(Answer a) {
        return a.json().path("errors").path(0).path("field").asText();
    }

    static long audits(String slug, String login, String action, String detailLike) {
        return APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from audit_event e join tenant t on t.id = e.tenant_id where t.slug = :slug"
                        + " and e.subject = :login and e.action = :action and coalesce(e.detail::text, '') like :detail"
                        + " and e.customer_id is not null")
                .bind("slug", slug).bind("login", login).bind("action", action).bind("detail", detailLike).mapTo(Long.class).one());
    }

    @Test
    void enrolThenSignInWithACodeOrARecoveryCodeEachOnce() {
        customer("acme", "C-1", "anna");
        Http http = signedIn("acme", "anna");
        Http elsewhere = signedIn("acme", "anna");
        JsonNode state = http.get("/v1/tenants/acme/me/mfa", null).json();
        assertThat(state.path("mode").asText()).isEqualTo("optional");
        assertThat(state.path("totp").asText()).isEqualTo("off");
        assertThat(state.path("enrolmentRequired").asBoolean()).isFalse();

        // re-authentication first
        Answer noPassword = http.post("/v1/tenants/acme/me/mfa/totp", null, Map.of());
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(fieldOf(noPassword)).isEqualTo("currentPassword");
        Answer wrongPassword = http.post("/v1/tenants/acme/me/mfa/totp", null, Map.of("currentPassword", "Wrong12345"));
        assertThat(wrongPassword.status()).isEqualTo(422);
        assertThat(wrongPassword.json().path("errors").path(0).path("message").asText()).isEqualTo("is not your current password");
        Answer noEnrolment = http.put("/v1/tenants/acme/me/mfa/totp", null, Map.of("code", "123456"));
        assertThat(noEnrolment.status()).as(noEnrolment.body()).isEqualTo(409);

        Answer begun = http.post("/v1/tenants/acme/me/mfa/totp", null, Map.of("currentPassword", PASSWORD));
        assertThat(begun.status()).as(begun.body()).isEqualTo(201);
        String secret = begun.json().path("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(begun.json().path("otpauthUri").asText()).isEqualTo("otpauth://totp/Portal%20acme:anna?secret=" + secret
                + "&issuer=Portal%20acme&algorithm=SHA1&digits=6&period=30");
        assertThat(begun.json().path("qrCode").asText()).startsWith("data:image/svg+xml;base64,");
        assertThat(http.get("/v1/tenants/acme/me/mfa", null).json().path("totp").asText()).isEqualTo("pending");
        // pending is not active: a sign-in asks no code yet
        assertThat(password(new Http(base), "acme", "anna").status()).isEqualTo(200);

        for (String bad : List.of("", "12345", "abcdef", "1234567")) {
            Answer a = http.put("/v1/tenants/acme/me/mfa/totp", null, Map.of("code", bad));
            assertThat(a.status()).as(bad).isEqualTo(422);
            assertThat(fieldOf(a)).isEqualTo("code");
        }
        String wrong = code(secret, 5);
        Answer wrongCode = http.put("/v1/tenants/acme/me/mfa/totp", null, Map.of("code", wrong));
        assertThat(wrongCode.status()).isEqualTo(422);
        assertThat(wrongCode.json().path("errors").path(0).path("message").asText())
                .isEqualTo("is not correct, has expired or was used already");
        assertThat(http.get("/v1/tenants/acme/me/mfa", null).json().path("totp").asText()).isEqualTo("pending");
        assertThat(elsewhere.get("/v1/tenants/acme/me/mfa", null).status()).as("nothing changed yet").isEqualTo(200);

        Answer confirmed = http.put("/v1/tenants/acme/me/mfa/totp", null, Map.of("code", code(secret, 0)));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        confirmed.json().path("recoveryCodes").forEach(c -> recovery.add(c.asText()));
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(new HashSet<>(recovery)).hasSize(10);
        assertThat(elsewhere.get("/v1/tenants/acme/me/mfa", null).status()).as("other sessions end").isEqualTo(401);
        JsonNode on = http.get("/v1/tenants/acme/me/mfa", null).json();
        assertThat(on.path("totp").asText()).as("this session goes on").isEqualTo("active");
        assertThat(on.path("recoveryCodesLeft").asInt()).isEqualTo(10);
        assertThat(http.post("/v1/tenants/acme/me/mfa/totp", null, Map.of("currentPassword", PASSWORD)).status())
                .as("enrolling twice").isEqualTo(409);
        assertThat(http.put("/v1/tenants/acme/me/mfa/totp", null, Map.of("code", code(secret, 1))).status())
                .as("confirming again").isEqualTo(409);

        // the secret is stored encrypted (nonce + ciphertext + tag), never as the Base32 shown
        byte[] stored = APP.<PortalApplication>getApplication().services().jdbi().withHandle(h -> h.createQuery(
                "select s.secret from totp_secret s join account a on a.tenant_id = s.tenant_id and a.id = s.account_id"
                        + " join tenant t on t.id = a.tenant_id where t.slug = 'acme' and a.login = 'anna'")
                .mapTo(byte[].class).one());
        assertThat(stored).hasSize(12 + 20 + 16).isNotEqualTo(Totp.fromBase32(secret));

        // sign-in: password, then the code; nothing is signed in between
        Http phone = new Http(base);
        Answer first = password(phone, "acme", "anna");
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().path("secondFactor")).extracting(JsonNode::asText).containsExactly("totp", "recovery-code");
        assertThat(phone.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(401);
        assertThat(secondFactor(phone, "acme", "").status()).isEqualTo(422);
        String next = code(secret, 1);
        Answer done = secondFactor(phone, "acme", next);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("login").asText()).isEqualTo("anna");
        assertThat(phone.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);
        assertThat(secondFactor(phone, "acme", next).status()).as("no sign-in waits any more").isEqualTo(401);

        // the same code again: refused (no replay of a time step)
        Http thief = new Http(base);
        assertThat(password(thief, "acme", "anna").status()).isEqualTo(202);
        Answer replay = secondFactor(thief, "acme", next);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().path("code").asText()).isEqualTo("invalid_code");
        assertThat(thief.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(401);

        // a recovery code, once; the pending sign-in survives a wrong code
        Answer recovered = secondFactor(thief, "acme", recovery.get(3).toUpperCase());
        assertThat(recovered.status()).as(recovered.body()).isEqualTo(200);
        assertThat(thief.get("/v1/tenants/acme/me/mfa", null).json().path("recoveryCodesLeft").asInt()).isEqualTo(9);
        Http again = new Http(base);
        assertThat(password(again, "acme", "anna").status()).isEqualTo(202);
        assertThat(secondFactor(again, "acme", recovery.get(3)).status()).as("used already").isEqualTo(401);

        assertThat(audits("acme", "anna", "mfa.totp-enabled", "%")).isEqualTo(1);
        assertThat(audits("acme", "anna", "mfa.recovery-codes-created", "%\"count\": 10%")).isEqualTo(1);
        assertThat(audits("acme", "anna", "mfa.recovery-code-used", "%\"left\": 9%")).isEqualTo(1);
        assertThat(audits("acme", "anna", "account.sign-in-failed", "%\"reason\": \"code\"%")).isEqualTo(2);
    }

    @Test
    void wrongCodesAreThrottledAsPasswordsAre() {
        customer("acme", "C-2", "bert");
        Enrolled enrolled = enrol(signedIn("acme", "bert"), "acme");
        Http http = new Http(base);
        assertThat(password(http, "acme", "bert").status()).isEqualTo(202);
        for (int i = 0; i < 3; i++) {
            assertThat(secondFactor(http, "acme", "000000").status()).isIn(401);
        }
        Answer throttled = secondFactor(http, "acme", code(enrolled.secret(), 1));
        assertThat(throttled.status()).as(throttled.body()).isEqualTo(429);
        assertThat(throttled.json().path("code").asText()).isEqualTo("too_many_attempts");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 5);
        // a right password does not reset the count of wrong codes
        Http fresh = new Http(base);
        assertThat(password(fresh, "acme", "bert").status()).isEqualTo(202);
        assertThat(secondFactor(fresh, "acme", code(enrolled.secret(), 1)).status()).isEqualTo(429);
        assertThat(audits("acme", "bert", "account.sign-in-failed", "%throttled%")).isEqualTo(2);
    }

    @Test
    void newRecoveryCodesAndRemovalNeedTheCurrentPassword() {
        customer("acme", "C-3", "carla");
        Http http = signedIn("acme", "carla");
        Enrolled enrolled = enrol(http, "acme");
        Http elsewhere = new Http(base);
        password(elsewhere, "acme", "carla");
        assertThat(secondFactor(elsewhere, "acme", enrolled.recoveryCodes().get(0)).status()).isEqualTo(200);

        Answer wrong = http.post("/v1/tenants/acme/me/mfa/recovery-codes", null, Map.of("currentPassword", "Nope12345"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(fieldOf(wrong)).isEqualTo("currentPassword");
        Answer fresh = http.post("/v1/tenants/acme/me/mfa/recovery-codes", null, Map.of("currentPassword", PASSWORD));
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(201);
        assertThat(fresh.json().path("recoveryCodes")).hasSize(10);
        assertThat(elsewhere.get("/v1/tenants/acme/me/mfa", null).status()).as("other sessions end").isEqualTo(401);
        Http old = new Http(base);
        password(old, "acme", "carla");
        assertThat(secondFactor(old, "acme", enrolled.recoveryCodes().get(1)).status()).as("old codes void").isEqualTo(401);
        assertThat(secondFactor(old, "acme", fresh.json().path("recoveryCodes").path(0).asText()).status()).isEqualTo(200);

        Answer noPassword = http.send("DELETE", "/v1/tenants/acme/me/mfa/totp", null, Map.of(), "application/json", Map.of());
        assertThat(noPassword.status()).isEqualTo(422);
        Answer removed = http.send("DELETE", "/v1/tenants/acme/me/mfa/totp", null, Map.of("currentPassword", PASSWORD),
                "application/json", Map.of());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(old.get("/v1/tenants/acme/me/mfa", null).status()).as("other sessions end").isEqualTo(401);
        assertThat(http.get("/v1/tenants/acme/me/mfa", null).json().path("totp").asText()).isEqualTo("off");
        assertThat(password(new Http(base), "acme", "carla").status()).as("no code any more").isEqualTo(200);
        assertThat(http.send("DELETE", "/v1/tenants/acme/me/mfa/totp", null, Map.of("currentPassword", PASSWORD),
                "application/json", Map.of()).status()).as("nothing to remove").isEqualTo(409);
        assertThat(audits("acme", "carla", "mfa.totp-disabled", "%")).isEqualTo(1);
    }

    @Test
    void requiredSendsToEnrolmentAndOffAsksNothing() {
        customer("strict", "S-1", "dirk");
        Http issuer = new Http(base);
        assertThat(issuer.put("/v1/tenants/strict/settings", KEYS.get("strict"),
                Map.of("security", Map.of("mfa", "required"))).status()).isEqualTo(200);
        Http http = signedIn("strict", "dirk");
        Answer blocked = http.get("/v1/tenants/strict/me/invoices", null);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().path("code").asText()).isEqualTo("mfa_enrolment_required");
        assertThat(http.get("/v1/tenants/strict/me/profile", null).status()).isEqualTo(403);
        assertThat(http.put("/v1/tenants/strict/me/password", null, Map.of("currentPassword", PASSWORD,
                "newPassword", "Anders12345", "newPasswordConfirmation", "Anders12345")).status()).isEqualTo(403);
        assertThat(http.get("/v1/tenants/strict/me/mfa", null).json().path("enrolmentRequired").asBoolean()).isTrue();
        Enrolled enrolled = enrol(http, "strict");
        assertThat(http.get("/v1/tenants/strict/me/invoices", null).status()).isEqualTo(200);
        assertThat(http.get("/v1/tenants/strict/me/mfa", null).json().path("enrolmentRequired").asBoolean()).isFalse();
        Answer remove = http.send("DELETE", "/v1/tenants/strict/me/mfa/totp", null, Map.of("currentPassword", PASSWORD),
                "application/json", Map.of());
        assertThat(remove.status()).as("the only factor under required").isEqualTo(409);
        assertThat(remove.json().path("message").asText()).contains("requires two-step verification");
        // a passkey is another factor: with one, the app may go (the row stands in for PasskeysIT's ceremony)
        APP.<PortalApplication>getApplication().services().jdbi().useHandle(h -> h.execute(
                "insert into passkey (tenant_id, account_id, credential_id, public_key_cose, signature_count, user_handle,"
                        + " name, rp_id) select a.tenant_id, a.id, '\\x01', '\\x02', 0, '\\x03', 'Laptop', 'localhost'"
                        + " from account a join tenant t on t.id = a.tenant_id where t.slug = 'strict' and a.login = 'dirk'"));
        assertThat(http.get("/v1/tenants/strict/me/mfa", null).json().path("otherFactor").asBoolean()).isTrue();
        Answer removed = http.send("DELETE", "/v1/tenants/strict/me/mfa/totp", null, Map.of("currentPassword", PASSWORD),
                "application/json", Map.of());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(http.get("/v1/tenants/strict/me/invoices", null).status()).as("the passkey counts").isEqualTo(200);
        APP.<PortalApplication>getApplication().services().jdbi().useHandle(h -> h.execute("delete from passkey"));
        assertThat(http.get("/v1/tenants/strict/me/invoices", null).status()).isEqualTo(403);
        enrolled = enrol(http, "strict");

        // off: nothing asked or offered; the enrolment is kept and counts again when MFA is back
        assertThat(issuer.put("/v1/tenants/strict/settings", KEYS.get("strict"),
                Map.of("security", Map.of("mfa", "off"))).status()).isEqualTo(200);
        Http off = signedIn("strict", "dirk");
        JsonNode state = off.get("/v1/tenants/strict/me/mfa", null).json();
        assertThat(state.path("mode").asText()).isEqualTo("off");
        assertThat(state.path("totp").asText()).isEqualTo("active");
        assertThat(off.post("/v1/tenants/strict/me/mfa/recovery-codes", null, Map.of("currentPassword", PASSWORD)).status())
                .isEqualTo(409);
        assertThat(issuer.put("/v1/tenants/strict/settings", KEYS.get("strict"),
                Map.of("security", Map.of("mfa", "optional"))).status()).isEqualTo(200);
        Http back = new Http(base);
        assertThat(password(back, "strict", "dirk").status()).isEqualTo(202);
        assertThat(secondFactor(back, "strict", code(enrolled.secret(), 1)).status()).isEqualTo(200);
        assertThat(back.send("DELETE", "/v1/tenants/strict/session", null, null, null, Map.of()).status()).isEqualTo(204);
    }

    @Test
    void tenantsNeverSeeEachOthersFactors() {
        customer("acme", "C-4", "eva");
        customer("globex", "G-4", "eva");
        Http acme = signedIn("acme", "eva");
        Enrolled enrolled = enrol(acme, "acme");
        assertThat(acme.get("/v1/tenants/globex/me/mfa", null).status()).as("acme's session on globex").isEqualTo(401);
        assertThat(acme.post("/v1/tenants/globex/me/mfa/totp", null, Map.of("currentPassword", PASSWORD)).status())
                .isEqualTo(401);
        // globex's eva has no TOTP: signed in at once, and sees hers off
        Http globex = signedIn("globex", "eva");
        assertThat(globex.get("/v1/tenants/globex/me/mfa", null).json().path("totp").asText()).isEqualTo("off");
        // a sign-in waiting for acme's code is not completed through globex
        Http http = new Http(base);
        assertThat(password(http, "acme", "eva").status()).isEqualTo(202);
        assertThat(secondFactor(http, "globex", code(enrolled.secret(), 1)).status()).isEqualTo(401);
        assertThat(http.get("/v1/tenants/globex/me/invoices", null).status()).isEqualTo(401);
        assertThat(secondFactor(http, "acme", enrolled.recoveryCodes().get(0)).status()).isEqualTo(200);
        assertThat(audits("globex", "eva", "mfa.totp-enabled", "%")).isZero();
    }
}
