package io.invoiceportal.server.testing;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.server.PortalApplication;
import io.invoiceportal.server.PortalConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The whole application on random ports, with the real config.yml, a fresh database (dropped when
 * the application stops) and the built plugins.
 */
public final class PortalApp {
    public static final String ADMIN_KEY = "test-admin-key-0123456789";

    private PortalApp() {}

    public static DropwizardAppExtension<PortalConfiguration> extension(String purpose, ConfigOverride... extra) {
        return app(purpose, UnaryOperator.identity(), pluginsDir(), 0, extra);
    }

    /**
     * As {@link #extension(String, ConfigOverride...)} on a port chosen before the start, so that
     * {@code publicUrl} (in answers such as a portal session's URL) can name it.
     */
    public static DropwizardAppExtension<PortalConfiguration> onPort(String purpose, int port, ConfigOverride... extra) {
        return app(purpose, UnaryOperator.identity(), pluginsDir(), port, extra);
    }

    /** As {@link #extension(String, ConfigOverride...)}, reaching the fresh database through {@code route} (a proxy). */
    public static DropwizardAppExtension<PortalConfiguration> extension(String purpose, UnaryOperator<String> route,
            ConfigOverride... extra) {
        return app(purpose, route, pluginsDir(), 0, extra);
    }

    /**
     * The application with the plugin jars of {@code plugins} instead of the built ones (a setting
     * cannot be overridden twice: the order of overrides is not kept).
     */
    public static DropwizardAppExtension<PortalConfiguration> withPlugins(String purpose, String plugins,
            ConfigOverride... extra) {
        return app(purpose, UnaryOperator.identity(), plugins, 0, extra);
    }

    private static DropwizardAppExtension<PortalConfiguration> app(String purpose, UnaryOperator<String> route, String plugins,
            int port, ConfigOverride... extra) {
        TestDatabase db = TestDatabase.create(purpose);
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", String.valueOf(port)),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("database.url", route.apply(db.url())),
                // a small pool: several whole-application tests may share one PostgreSQL server
                ConfigOverride.config("database.initialSize", "2"),
                ConfigOverride.config("database.minSize", "2"),
                ConfigOverride.config("adminKey", ADMIN_KEY),
                ConfigOverride.config("samples.load", "false"),
                ConfigOverride.config("plugins.directory", plugins),
                ConfigOverride.config("dataDir", tempDir())));
        overrides.addAll(List.of(extra));
        DropwizardAppExtension<PortalConfiguration> app = new DropwizardAppExtension<>(PortalApplication.class,
                configFile(), overrides.toArray(ConfigOverride[]::new));
        app.addListener(new DropwizardAppExtension.ServiceListener<>() {
            @Override
            public void onStop(DropwizardAppExtension<PortalConfiguration> stopped) {
                db.close();
            }
        });
        return app;
    }

    /**
     * One node of a cluster: the whole application on random ports against an existing database
     * (left in place when it stops, so another node, or this one again, can use it), with its own
     * data folder and the plugins in {@code plugins}. Started by {@code before()}, stopped by {@code after()}.
     */
    public static io.dropwizard.testing.DropwizardTestSupport<PortalConfiguration> node(String databaseUrl, String plugins,
            ConfigOverride... extra) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("database.url", databaseUrl),
                ConfigOverride.config("database.initialSize", "2"),
                ConfigOverride.config("database.minSize", "2"),
                ConfigOverride.config("adminKey", ADMIN_KEY),
                ConfigOverride.config("samples.load", "false"),
                ConfigOverride.config("plugins.directory", plugins),
                ConfigOverride.config("dataDir", tempDir())));
        overrides.addAll(List.of(extra));
        return new io.dropwizard.testing.DropwizardTestSupport<>(PortalApplication.class, configFile(),
                overrides.toArray(ConfigOverride[]::new));
    }

    /** The repository's config.yml, found from the module or the repository root. */
    public static String configFile() {
        Path here = Path.of("config.yml");
        return (Files.exists(here) ? here : Path.of("../../config.yml")).toAbsolutePath().toString();
    }

    public static String pluginsDir() {
        String dir = System.getProperty("portal.plugins.dir");
        return dir != null ? dir : Path.of("../../target/plugins").toAbsolutePath().toString();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("portal-data").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Activates a customer's account with {@code password} through a freshly minted activation token.
     * The relay may deliver the activation mail meanwhile, which voids older tokens: then it mints again.
     */
    public static void activate(DropwizardAppExtension<PortalConfiguration> app, String slug, String customerNumber,
            String password) {
        activate(app.<io.invoiceportal.server.PortalApplication>getApplication().services(), slug, customerNumber, password);
    }

    /** As {@link #activate(DropwizardAppExtension, String, String, String)} through the application's services. */
    public static void activate(io.invoiceportal.server.Services services, String slug, String customerNumber,
            String password) {
        io.invoiceportal.core.tenant.Tenant tenant = services.tenants().findBySlug(slug).orElseThrow();
        long customerId = services.customers().get(tenant, customerNumber).id();
        for (int attempt = 1; ; attempt++) {
            String token = services.jdbi().inTransaction(h -> {
                long accountId = h.createQuery("select id from account where tenant_id = :t and customer_id = :c")
                        .bind("t", tenant.id()).bind("c", customerId).mapTo(Long.class).one();
                return services.accounts().mintToken(h, tenant.id(), accountId,
                        io.invoiceportal.core.account.TokenPurpose.ACTIVATION);
            });
            try {
                services.accounts().activate(tenant, token, password, password);
                return;
            } catch (io.invoiceportal.core.common.ValidationException e) {
                boolean voided = e.errors().stream().anyMatch(f -> f.message()
                        .equals(io.invoiceportal.core.common.MessageKey.TOKEN_USED.key()));
                if (attempt == 5 || !voided) {
                    throw e;
                }
            }
        }
    }

    /**
     * Through the admin API: the tenant {@code acme} named {@code tenantName}, with customer {@code C-1}
     * ({@code company}, login {@code login}, e-mail {@code a@<login>.example}); returns the tenant's API key.
     */
    public static String acmeWithCustomer(Http admin, String tenantName, String company, String login) {
        String key = admin.post("/v1/tenants", ADMIN_KEY, Map.of("slug", "acme", "name", tenantName))
                .json().path("apiKey").asText();
        admin.put("/v1/tenants/acme/customers/C-1", key, Map.of("companyName", company,
                "email", "a@" + login + ".example", "login", login));
        return key;
    }
}
