package io.invoiceportal.server.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import io.invoiceportal.server.testing.Http;
import io.invoiceportal.server.testing.Http.Answer;
import io.invoiceportal.server.testing.PortalApp;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passkeys over REST, with the test as the authenticator ({@link SoftAuthenticator}: real ES256
 * signatures, attestation none) and Yubico's library checking them in the application: add, list,
 * sign in, remove; every bad input of the issue; other sessions ending; throttling; tenants and
 * hosts kept apart.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PasskeysIT {
    static final int PORT = freePort();
    static final String ORIGIN = "http://localhost:" + PORT;
    static final String OWN_HOST = "facturen.acme.example";
    static final DropwizardAppExtension<PortalConfiguration> APP = PortalApp.onPort("passkeys", PORT,
            ConfigOverride.config("publicUrl", ORIGIN));
    static final String PASSWORD = "Welkom2026";
    static String base;
    static String acmeKey;

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void tenants() {
        base = "http://localhost:" + PORT;
        Http admin = new Http(base + "/api");
        acmeKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "acme", "name", "Acme Energie B.V.",
                "hostNames", List.of(OWN_HOST))).json().path("apiKey").asText();
        String globexKey = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "globex", "name", "Globex Ltd",
                "language", "en")).json().path("apiKey").asText();
        for (String n : List.of("1", "2", "3", "4", "5", "6", "7", "8")) {
            customer("acme", acmeKey, "C-" + n, "klant" + n);
        }
        customer("globex", globexKey, "G-1", "klant1"); // the same login in another tenant
    }

    static void customer(String slug, String key, String number, String login) {
        Answer a = new Http(base + "/api").put("/v1/tenants/" + slug + "/customers/" + number, key,
                Map.of("companyName", "Bakkerij " + login, "email", login + "@example.com", "login", login, "language", "nl"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        PortalApp.activate(APP, slug, number, PASSWORD);
    }

    static Http signedIn(String slug, String login) {
        Http http = new Http(base + "/api");
        Answer a = http.post("/v1/tenants/" + slug + "/session", null, Map.of("login", login, "password", PASSWORD));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return http;
    }

    /** Adds a passkey through both steps; returns the authenticator's credential. */
    static SoftAuthenticator.Credential addPasskey(Http http, String slug, String name) {
        Answer started = http.post("/v1/tenants/" + slug + "/me/passkeys", null,
                Map.of("currentPassword", PASSWORD, "name", name));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        SoftAuthenticator.Created created = SoftAuthenticator.create(started.json().path("publicKey"), ORIGIN);
        Answer finished = http.put("/v1/tenants/" + slug + "/me/passkeys/registrations/" + started.json().path("id").asText(),
                null, created.json());
        assertThat(finished.status()).as(finished.body()).isEqualTo(201);
        return created.credential();
    }

    static JsonNode startSignIn(Http http, String slug) {
        Answer a = http.post("/v1/tenants/" + slug + "/session/passkey", null, null);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    static Answer finishSignIn(Http http, String slug, JsonNode started, Object assertion) {
        return http.post("/v1/tenants/" + slug + "/session/passkey/" + started.path("id").asText(), null, assertion);
    }

    static Jdbi jdbi() {
        return APP.<PortalApplication>getApplication().services().jdbi();
    }

    static List<String> audit(String action) {
        return jdbi().withHandle(h -> h.createQuery("select coalesce(subject, '') || ' ' || coalesce(detail::text, '')"
                + " || ' ' || coalesce(via, '') from audit_event where action = :a order by id").bind("a", action)
                .mapTo(String.class).list());
    }

    @Test
    void addListSignInAndRemove() {
        Http http = signedIn("acme", "klant1");
        Answer started = http.post("/v1/tenants/acme/me/passkeys", null, Map.of("currentPassword", PASSWORD, "name", "Laptop"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode options = started.json().path("publicKey");
        assertThat(options.path("rp").path("id").asText()).isEqualTo("localhost");
        assertThat(options.path("user").path("name").asText()).isEqualTo("klant1");
        assertThat(SoftAuthenticator.b64(options.path("user").path("id").asText())).hasSize(32)
                .isNotEqualTo("klant1".getBytes());
        assertThat(options.path("authenticatorSelection").path("residentKey").asText()).isEqualTo("required");
        assertThat(options.path("authenticatorSelection").path("userVerification").asText()).isEqualTo("required");
        assertThat(options.path("challenge").asText()).isNotBlank();
        assertThat(started.json().path("expiresAt").asText()).isNotBlank();

        SoftAuthenticator.Created created = SoftAuthenticator.create(options, ORIGIN);
        Answer finished = http.put("/v1/tenants/acme/me/passkeys/registrations/" + started.json().path("id").asText(),
                null, created.json());
        assertThat(finished.status()).as(finished.body()).isEqualTo(201);
        assertThat(finished.json().path("name").asText()).isEqualTo("Laptop");
        assertThat(finished.json().path("rpId").asText()).isEqualTo("localhost");
        assertThat(finished.json().path("lastUsedAt").isNull()).isTrue();
        assertThat(http.get("/v1/tenants/acme/me/invoices", null).status()).as("this session goes on").isEqualTo(200);

        Answer list = http.get("/v1/tenants/acme/me/passkeys", null);
        assertThat(list.json().path("items")).hasSize(1);
        assertThat(list.json().path("items").get(0).path("name").asText()).isEqualTo("Laptop");

        // sign in on a fresh client without a login name
        Http other = new Http(base + "/api");
        assertThat(other.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(401);
        JsonNode signIn = startSignIn(other, "acme");
        assertThat(signIn.path("publicKey").path("userVerification").asText()).isEqualTo("required");
        assertThat(signIn.path("publicKey").has("allowCredentials")).isFalse();
        Answer in = finishSignIn(other, "acme", signIn, SoftAuthenticator.get(created.credential(), signIn.path("publicKey"), ORIGIN));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().path("login").asText()).isEqualTo("klant1");
        assertThat(other.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);
        JsonNode used = other.get("/v1/tenants/acme/me/passkeys", null).json().path("items").get(0);
        assertThat(used.path("lastUsedAt").isNull()).isFalse();
        assertThat(audit("account.signed-in")).anySatisfy(a -> assertThat(a).contains("klant1").contains("\"passkey\""));
        assertThat(audit("passkey.added")).anySatisfy(a -> assertThat(a).contains("Laptop").endsWith("rest"));

        // removing: a wrong password changes nothing; the right one removes it and ends other sessions
        long id = used.path("id").asLong();
        Answer wrong = other.send("DELETE", "/v1/tenants/acme/me/passkeys/" + id, null,
                Map.of("currentPassword", "nope"), "application/json", Map.of());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");
        assertThat(other.get("/v1/tenants/acme/me/passkeys", null).json().path("items")).hasSize(1);
        Answer removed = other.send("DELETE", "/v1/tenants/acme/me/passkeys/" + id, null,
                Map.of("currentPassword", PASSWORD), "application/json", Map.of());
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(other.get("/v1/tenants/acme/me/passkeys", null).json().path("items")).isEmpty();
        assertThat(http.get("/v1/tenants/acme/me/invoices", null).status()).as("the other session ended").isEqualTo(401);
        assertThat(audit("passkey.removed")).anySatisfy(a -> assertThat(a).contains("Laptop"));
        Answer again = other.send("DELETE", "/v1/tenants/acme/me/passkeys/" + id, null,
                Map.of("currentPassword", PASSWORD), "application/json", Map.of());
        assertThat(again.status()).isEqualTo(404);

        // a removed passkey signs nobody in
        Http third = new Http(base + "/api");
        JsonNode later = startSignIn(third, "acme");
        Answer refused = finishSignIn(third, "acme", later,
                SoftAuthenticator.get(created.credential(), later.path("publicKey"), ORIGIN));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("code").asText()).isEqualTo("passkey_failed");
    }

    @Test
    void addingEndsTheAccountsOtherSessions() {
        Http phone = signedIn("acme", "klant2");
        Http laptop = signedIn("acme", "klant2");
        addPasskey(laptop, "acme", "Laptop");
        assertThat(laptop.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);
        assertThat(phone.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(401);
    }

    @Test
    void badRegistrationsAreRefusedAndChangeNothing() {
        Http http = signedIn("acme", "klant3");
        String path = "/v1/tenants/acme/me/passkeys";
        Answer wrong = http.post(path, null, Map.of("currentPassword", "Verkeerd2026", "name", "Laptop"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");
        Answer noName = http.post(path, null, Map.of("currentPassword", PASSWORD, "name", " "));
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().path("errors").get(0).path("field").asText()).isEqualTo("name");
        Answer longName = http.post(path, null, Map.of("currentPassword", PASSWORD, "name", "x".repeat(61)));
        assertThat(longName.status()).isEqualTo(422);
        assertThat(http.post(path, null, null).status()).isEqualTo(422);
        assertThat(http.send("POST", path, null, "{\"currentPassword\":", "application/json", Map.of()).status())
                .isEqualTo(400);

        Answer started = http.post(path, null, Map.of("currentPassword", PASSWORD, "name", "Laptop"));
        String finish = path + "/registrations/" + started.json().path("id").asText();
        SoftAuthenticator.Created created = SoftAuthenticator.create(started.json().path("publicKey"), ORIGIN);
        Answer notJson = http.send("PUT", finish, null, "{\"id\": ", "application/json", Map.of());
        assertThat(notJson.status()).isEqualTo(400);
        Answer notCredential = http.put(finish, null, Map.of("id", "abc"));
        assertThat(notCredential.status()).as(notCredential.body()).isEqualTo(422);
        assertThat(notCredential.json().path("errors").get(0).path("field").asText()).isEqualTo("credential");
        assertThat(http.put(finish, null, "\"text\"").status()).isEqualTo(422);
        Answer unknown = http.put(path + "/registrations/nope", null, created.json());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("code").asText()).isEqualTo("not_found");

        // another customer cannot finish this customer's registration
        Http someoneElse = signedIn("acme", "klant4");
        assertThat(someoneElse.put(finish, null, created.json()).status()).isEqualTo(404);
        // made for another origin or without user verification: refused, and the registration is used up
        Answer otherOrigin = http.put(finish, null,
                SoftAuthenticator.create(started.json().path("publicKey"), "http://evil.example:" + PORT).json());
        assertThat(otherOrigin.status()).isEqualTo(422);
        assertThat(http.put(finish, null, created.json()).status()).as("used once").isEqualTo(404);

        Answer second = http.post(path, null, Map.of("currentPassword", PASSWORD, "name", "Laptop"));
        Answer noUv = http.put(path + "/registrations/" + second.json().path("id").asText(), null,
                SoftAuthenticator.create(second.json().path("publicKey"), ORIGIN,
                        SoftAuthenticator.UP | SoftAuthenticator.AT).json());
        assertThat(noUv.status()).isEqualTo(422);
        assertThat(http.get(path, null).json().path("items")).isEmpty();
        assertThat(http.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(200);
        assertThat(new Http(base + "/api").post(path, null, Map.of("currentPassword", PASSWORD, "name", "x")).status())
                .as("no session").isEqualTo(401);
    }

    @Test
    void forgedReplayedAndCrossTenantAssertionsAreRefused() {
        Http owner = signedIn("acme", "klant5");
        SoftAuthenticator.Credential passkey = addPasskey(owner, "acme", "Telefoon");
        Http http = new Http(base + "/api");

        JsonNode forged = startSignIn(http, "acme");
        assertThat(finishSignIn(http, "acme", forged, SoftAuthenticator.get(passkey, forged.path("publicKey"), ORIGIN,
                SoftAuthenticator.UP | SoftAuthenticator.UV, SoftAuthenticator.keyPair())).status()).isEqualTo(401);

        JsonNode noUv = startSignIn(http, "acme");
        assertThat(finishSignIn(http, "acme", noUv, SoftAuthenticator.get(passkey, noUv.path("publicKey"), ORIGIN,
                SoftAuthenticator.UP, passkey.keys)).status()).isEqualTo(401);

        JsonNode good = startSignIn(http, "acme");
        Map<String, Object> assertion = SoftAuthenticator.get(passkey, good.path("publicKey"), ORIGIN);
        assertThat(finishSignIn(http, "acme", good, assertion).status()).isEqualTo(200);
        Http replayer = new Http(base + "/api");
        Answer replayed = finishSignIn(replayer, "acme", good, assertion);
        assertThat(replayed.status()).as("the challenge works once").isEqualTo(401);
        JsonNode fresh = startSignIn(replayer, "acme");
        assertThat(finishSignIn(replayer, "acme", fresh, assertion).status()).as("another challenge").isEqualTo(401);
        assertThat(replayer.get("/v1/tenants/acme/me/invoices", null).status()).isEqualTo(401);

        // another tenant knows neither the passkey nor the sign-in
        Http globex = new Http(base + "/api");
        JsonNode there = startSignIn(globex, "globex");
        assertThat(finishSignIn(globex, "globex", there, SoftAuthenticator.get(passkey, there.path("publicKey"), ORIGIN))
                .status()).isEqualTo(401);
        JsonNode acmeSignIn = startSignIn(globex, "acme");
        assertThat(finishSignIn(globex, "globex", acmeSignIn,
                SoftAuthenticator.get(passkey, acmeSignIn.path("publicKey"), ORIGIN)).status()).isEqualTo(401);
        assertThat(globex.get("/v1/tenants/globex/me/invoices", null).status()).isEqualTo(401);

        // another tenant's customer with the same login sees none of these passkeys and cannot remove them
        Http globexCustomer = signedIn("globex", "klant1");
        assertThat(globexCustomer.get("/v1/tenants/globex/me/passkeys", null).json().path("items")).isEmpty();
        long id = owner.get("/v1/tenants/acme/me/passkeys", null).json().path("items").get(0).path("id").asLong();
        assertThat(globexCustomer.send("DELETE", "/v1/tenants/globex/me/passkeys/" + id, null,
                Map.of("currentPassword", PASSWORD), "application/json", Map.of()).status()).isEqualTo(404);
        assertThat(globexCustomer.get("/v1/tenants/acme/me/passkeys", null).status()).isEqualTo(401);
        // nor can another customer of the same tenant
        Http neighbour = signedIn("acme", "klant6");
        assertThat(neighbour.send("DELETE", "/v1/tenants/acme/me/passkeys/" + id, null,
                Map.of("currentPassword", PASSWORD), "application/json", Map.of()).status()).isEqualTo(404);
        assertThat(owner.get("/v1/tenants/acme/me/passkeys", null).json().path("items")).hasSize(1);
        assertThat(audit("account.sign-in-failed")).anySatisfy(a -> assertThat(a).contains("\"passkey\""));

        Answer malformed = http.post("/v1/tenants/acme/session/passkey/" + good.path("id").asText(), null,
                Map.of("response", "x"));
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(http.post("/v1/tenants/acme/session/passkey/x", null, null).status()).isEqualTo(422);
    }

    @Test
    void failedPasskeySignInsAreThrottledPerAccount() {
        Http owner = signedIn("acme", "klant7");
        SoftAuthenticator.Credential passkey = addPasskey(owner, "acme", "Sleutel");
        Http attacker = new Http(base + "/api");
        for (int i = 0; i < 3; i++) {
            JsonNode s = startSignIn(attacker, "acme");
            assertThat(finishSignIn(attacker, "acme", s, SoftAuthenticator.get(passkey, s.path("publicKey"), ORIGIN,
                    SoftAuthenticator.UP | SoftAuthenticator.UV, SoftAuthenticator.keyPair())).status()).isEqualTo(401);
        }
        JsonNode s = startSignIn(attacker, "acme");
        Answer throttled = finishSignIn(attacker, "acme", s, SoftAuthenticator.get(passkey, s.path("publicKey"), ORIGIN));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(new Http(base + "/api").post("/v1/tenants/acme/session", null,
                Map.of("login", "klant7", "password", PASSWORD)).status()).as("the password counts the same").isEqualTo(429);
    }

    @Test
    void aPasskeyWorksOnTheHostItWasMadeOn() {
        Http own = new Http(base + "/api", OWN_HOST + ":" + PORT);
        assertThat(own.post("/v1/tenants/acme/session", null, Map.of("login", "klant8", "password", PASSWORD)).status())
                .isEqualTo(200);
        Answer started = own.post("/v1/tenants/acme/me/passkeys", null, Map.of("currentPassword", PASSWORD, "name", "Eigen"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("publicKey").path("rp").path("id").asText()).isEqualTo(OWN_HOST);
        String ownOrigin = "http://" + OWN_HOST + ":" + PORT;
        SoftAuthenticator.Created created = SoftAuthenticator.create(started.json().path("publicKey"), ownOrigin);
        Answer finished = own.put("/v1/tenants/acme/me/passkeys/registrations/" + started.json().path("id").asText(), null,
                created.json());
        assertThat(finished.status()).as(finished.body()).isEqualTo(201);
        assertThat(finished.json().path("rpId").asText()).isEqualTo(OWN_HOST);

        Http there = new Http(base + "/api", OWN_HOST + ":" + PORT);
        JsonNode s = startSignIn(there, "acme");
        assertThat(s.path("publicKey").path("rpId").asText()).isEqualTo(OWN_HOST);
        assertThat(finishSignIn(there, "acme", s, SoftAuthenticator.get(created.credential(), s.path("publicKey"), ownOrigin))
                .status()).isEqualTo(200);

        // on the portal's host the same passkey is not accepted
        Http portal = new Http(base + "/api");
        JsonNode p = startSignIn(portal, "acme");
        assertThat(finishSignIn(portal, "acme", p, SoftAuthenticator.get(created.credential(), p.path("publicKey"), ORIGIN))
                .status()).isEqualTo(401);
        // an IP address is no relying party
        Answer ip = new Http("http://127.0.0.1:" + PORT + "/api").post("/v1/tenants/acme/session/passkey", null, null);
        assertThat(ip.status()).isEqualTo(409);
        assertThat(ip.json().path("code").asText()).isEqualTo("passkeys_unavailable");
    }

    /** Under mfa required a passkey is the second factor: the password alone no longer signs in, the passkey does. */
    @Test
    void underRequiredAPasskeyIsTheSecondFactor() {
        Http admin = new Http(base + "/api");
        String key = admin.post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "initech", "name", "Initech B.V."))
                .json().path("apiKey").asText();
        customer("initech", key, "I-1", "klant1");
        Http owner = signedIn("initech", "klant1");
        SoftAuthenticator.Credential passkey = addPasskey(owner, "initech", "Laptop");
        Answer settings = admin.put("/v1/tenants/initech/settings", key, Map.of("security", Map.of("mfa", "required")));
        assertThat(settings.status()).as(settings.body()).isEqualTo(200);

        Http password = new Http(base + "/api");
        Answer half = password.post("/v1/tenants/initech/session", null, Map.of("login", "klant1", "password", PASSWORD));
        assertThat(half.status()).as(half.body()).isEqualTo(202);
        assertThat(half.json().path("secondFactor").toString()).isEqualTo("[\"passkey\"]");
        assertThat(password.get("/v1/tenants/initech/me/invoices", null).status()).isEqualTo(401);

        JsonNode s = startSignIn(password, "initech");
        assertThat(finishSignIn(password, "initech", s, SoftAuthenticator.get(passkey, s.path("publicKey"), ORIGIN)).status())
                .isEqualTo(200);
        assertThat(password.get("/v1/tenants/initech/me/invoices", null).status()).as("no enrolment asked").isEqualTo(200);
    }

    /**
     * Anyone may start a passkey sign-in, so the pending ones are bounded: the 21st from one address
     * in a tenant is 429 with Retry-After and stores nothing; another tenant is not affected.
     */
    @Test
    void pendingSignInsAreBoundedPerAddress() {
        new Http(base + "/api").post("/v1/tenants", PortalApp.ADMIN_KEY, Map.of("slug", "umbrella", "name",
                "Umbrella B.V.")).json();
        long umbrella = jdbi().withHandle(h -> h.createQuery("select id from tenant where slug = 'umbrella'")
                .mapTo(Long.class).one());
        java.util.function.LongSupplier stored = () -> jdbi().withHandle(h -> h.createQuery(
                "select count(*) from passkey_ceremony where tenant_id = :t").bind("t", umbrella).mapTo(Long.class).one());
        Http client = new Http(base + "/api");
        for (int i = 0; i < 20; i++) {
            startSignIn(client, "umbrella");
        }
        assertThat(stored.getAsLong()).isEqualTo(20);
        Answer over = client.post("/v1/tenants/umbrella/session/passkey", null, null);
        assertThat(over.status()).as(over.body()).isEqualTo(429);
        assertThat(over.json().path("code").asText()).isEqualTo("too_many_sign_ins");
        assertThat(over.json().path("message").asText()).contains("try again in");
        long retryAfter = Long.parseLong(over.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 300L);
        assertThat(stored.getAsLong()).as("nothing stored over the cap").isEqualTo(20);
        assertThat(new Http(base + "/api").post("/v1/tenants/umbrella/session/passkey", null, null).status())
                .as("the same address with a fresh client").isEqualTo(429);

        // another tenant, from the same address: its own count (startSignIn asserts 200)
        assertThat(startSignIn(client, "globex").path("id").asText()).isNotBlank();

        // the sweep leaves unexpired ceremonies alone; made expired, they are all removed
        APP.<PortalApplication>getApplication().services().passkeys().sweepExpiredCeremonies();
        assertThat(stored.getAsLong()).isEqualTo(20);
        jdbi().useHandle(h -> h.execute("update passkey_ceremony set expires_at = now() - interval '1 second'"
                + " where tenant_id = ?", umbrella));
        APP.<PortalApplication>getApplication().services().passkeys().sweepExpiredCeremonies();
        assertThat(stored.getAsLong()).isZero();
        assertThat(startSignIn(client, "umbrella").path("id").asText()).as("room again").isNotBlank();
    }
}
