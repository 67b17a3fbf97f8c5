package io.invoiceportal.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import io.invoiceportal.core.common.Hashes;
import io.invoiceportal.core.db.Database;
import io.invoiceportal.core.embed.PortalSessionService;
import io.invoiceportal.core.export.BrandingPreview;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.core.exportjob.ExportJobSettings;
import io.invoiceportal.core.exportjob.ExportJobWorker;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import io.invoiceportal.core.invoice.InvoiceCountCompactor;
import io.invoiceportal.core.outbox.OutboxRelay;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.sso.SsoService;
import io.invoiceportal.core.tenant.PluginSettingsService;
import io.invoiceportal.core.ubl.UblImportService;
import io.invoiceportal.plugin.api.MailSender;
import io.invoiceportal.server.account.AccountResource;
import io.invoiceportal.server.account.EndedSessionsFilter;
import io.invoiceportal.server.account.PortalRealm;
import io.invoiceportal.server.account.PortalShiroFilter;
import io.invoiceportal.server.account.UserSessions;
import io.invoiceportal.core.session.SessionService;
import io.invoiceportal.server.session.SessionResource;
import io.invoiceportal.server.passkey.PasskeyCeremonySweep;
import io.invoiceportal.server.passkey.PasskeyResource;
import io.invoiceportal.server.mfa.MfaEnrolmentFilter;
import io.invoiceportal.server.mfa.MfaKey;
import io.invoiceportal.server.mfa.MfaResource;
import io.invoiceportal.server.api.JsonText;
import io.invoiceportal.server.api.OpenApi;
import io.invoiceportal.server.audit.AuditRetention;
import io.invoiceportal.server.audit.CustomerActivityResource;
import io.invoiceportal.server.audit.InvoiceActivityResource;
import io.invoiceportal.server.audit.MyActivityResource;
import io.invoiceportal.server.auth.AdminKeyFilter;
import io.invoiceportal.server.auth.IssuerKeyFilter;
import io.invoiceportal.server.auth.Principals;
import io.invoiceportal.server.auth.TenantFilters;
import io.invoiceportal.server.command.DbCommand;
import io.invoiceportal.server.command.LoadSamplesCommand;
import io.invoiceportal.server.customer.CustomerResource;
import io.invoiceportal.server.customer.ProfileResource;
import io.invoiceportal.server.db.DatabaseOutage;
import io.invoiceportal.server.embed.EmbedScript;
import io.invoiceportal.server.embed.EmbedSessionHandler;
import io.invoiceportal.server.embed.EmbeddedOriginFilter;
import io.invoiceportal.server.embed.HandOver;
import io.invoiceportal.server.embed.PortalSessionLanding;
import io.invoiceportal.server.embed.PortalSessionResource;
import io.invoiceportal.server.exportjob.ExportJobRefusedMapper;
import io.invoiceportal.server.exportjob.ExportJobResource;
import io.invoiceportal.server.exportjob.ExportJobRunner;
import io.invoiceportal.server.invoice.InvoiceBatchResource;
import io.invoiceportal.server.invoice.InvoiceCountFolding;
import io.invoiceportal.server.invoice.InvoiceResource;
import io.invoiceportal.server.invoice.MyInvoicesResource;
import io.invoiceportal.server.plugin.PluginRegistry;
import io.invoiceportal.server.plugin.PluginResource;
import io.invoiceportal.server.sso.SsoLanding;
import io.invoiceportal.server.tenant.PluginSettingsResource;
import io.invoiceportal.server.tenant.SettingsPreviewResource;
import io.invoiceportal.server.tenant.SettingsResource;
import io.invoiceportal.server.tenant.SsoSecretResource;
import io.invoiceportal.server.tenant.TenantResource;
import io.invoiceportal.server.vaadin.VaadinSessions;
import io.invoiceportal.server.vaadin.VaadinWiring;
import io.invoiceportal.server.web.ApiEdge;
import io.invoiceportal.server.web.HostFilter;
import io.invoiceportal.server.web.PortalErrorHandler;
import io.invoiceportal.server.web.SecurityHeadersFilter;
import io.invoiceportal.server.web.TenantFaviconFilter;
import io.invoiceportal.ui.UiServices;
import jakarta.servlet.DispatcherType;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Invoice Portal server: REST under /api/*, Vaadin under /*, one port. */
public class PortalApplication extends Application<PortalConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(PortalApplication.class);

    /** Set once {@link #run} has built them; whole-application tests read them. */
    private volatile Services services;
    private SsoService sso;
    private MfaService mfa;
    private volatile ExportJobService exportJobs;
    private volatile ExportJobRunner exportJobRunner;

    public static void main(String[] args) throws Exception {
        new PortalApplication().run(args);
    }

    @Override
    public String getName() {
        return "invoice-portal";
    }

    @Override
    public void initialize(Bootstrap<PortalConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.setConfigurationFactoryFactory(SettingsConfigurationFactory::new);
        bootstrap.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonText.configure(bootstrap.getObjectMapper());
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new LoadSamplesCommand());
    }

    /** The wiring: database, plugins, services, mail delivery, then the REST API and the UI on top. */
    @Override
    public void run(PortalConfiguration config, Environment environment) {
        Jdbi jdbi = database(config, environment);
        PluginRegistry plugins = config.getPlugins().build(environment);
        Clock clock = Clock.systemUTC();
        services = Services.build(jdbi, plugins, config.getTenantDefaults().build(), config.getPublicUrl(), clock);
        sso = new SsoService(jdbi, services.accounts(), clock);
        mfa = new MfaService(jdbi, services.accounts(), MfaKey.box(config.getMfaKey(), Path.of(config.getDataDir())), clock);
        if (config.getSamples().isLoad()) {
            services.sampleLoader().loadAll(Path.of(config.getSamples().getDirectory()));
        }

        MailSender mailer = config.getSmtp().build(Path.of(config.getDataDir(), "mail"));
        OutboxRelay relay = new OutboxRelay(jdbi, services.tenants(), services.invoices(), services.accounts(),
                services.exports(), plugins, mailer, config.getPublicUrl(), clock, config.getDelivery().lease());
        DatabaseOutage outage = new DatabaseOutage(clock);
        environment.lifecycle().manage(config.getDelivery().build(relay, outage));
        config.getSmtp().watch(environment, relay, outage);
        exportJobs(config, environment, clock, outage);
        environment.lifecycle().manage(new InvoiceCountFolding(new InvoiceCountCompactor(jdbi), outage));
        SessionService sessionRegister = new SessionService(services.jdbi(), clock);
        environment.lifecycle().manage(new AuditRetention(services.audit(), sessionRegister, outage));
        environment.lifecycle().manage(new PasskeyCeremonySweep(services.passkeys(), outage));

        UserSessions sessions = new UserSessions(services.accounts(), sessionRegister, mfa, services.audit());
        PortalSessionService portalSessions = new PortalSessionService(services.jdbi(), services.customers(),
                services.accounts(), config.getPublicUrl(), clock);
        EmbedSessionHandler sessionHandler = VaadinWiring.sessionHandler();
        HandOver handOver = new HandOver(sessionHandler, sessions);
        PortalErrorHandler.install(environment, services.tenants()); // the API edge wraps it: JSON under /api
        api(config, environment, plugins, outage, sessions);
        environment.jersey().register(new PortalSessionResource(portalSessions));
        environment.jersey().register(new EmbeddedOriginFilter(services.tenants()));
        web(config, environment, sessions, sessionHandler);
        environment.servlets().addFilter("portal-session", new PortalSessionLanding(services.tenants(), portalSessions, handOver))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/t/*");
        environment.servlets().addFilter("sso", new SsoLanding(services.tenants(), sso, handOver, config.getPublicUrl()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/t/*");
        environment.servlets().addFilter("embed-script", new EmbedScript(services.tenants()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/t/*");
    }

    /** Bulk export jobs: the service the API and the screens use, and this node's workers. */
    private void exportJobs(PortalConfiguration config, Environment environment, Clock clock, DatabaseOutage outage) {
        ExportJobSettings settings = config.getExportJobs().settings(config.getDataDir());
        exportJobs = new ExportJobService(services.jdbi(), services.exports(), settings, clock);
        String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + Hashes.randomSecret(4);
        exportJobRunner = config.getExportJobs().build(new ExportJobWorker(services.jdbi(), services.tenants(),
                services.invoices(), services.exports(), settings, clock, node), outage);
        exportJobs.onQueued(exportJobRunner::wake);
        environment.lifecycle().manage(exportJobRunner);
        environment.jersey().register(new ExportJobResource(exportJobs, clock));
        environment.jersey().register(new ExportJobRefusedMapper());
    }

    /** The embedded PostgreSQL when asked for, the schema brought up to date, and the Jdbi every service uses. */
    private static Jdbi database(PortalConfiguration config, Environment environment) {
        environment.lifecycle().manage(config.getDatabase().prepare(Path.of(config.getDataDir(), "postgres")));
        Jdbi jdbi = Database.configure(new JdbiFactory().build(environment, config.getDatabase(), "database"));
        Database.migrate(config.getDatabase().build(environment.metrics(), "flyway"));
        return jdbi;
    }

    /** REST under /api: the edge (errors, limits), the key filters and the resources. */
    private void api(PortalConfiguration config, Environment environment, PluginRegistry plugins,
            DatabaseOutage outage, UserSessions sessions) {
        var jersey = environment.jersey();
        ApiEdge.install(environment, outage);
        jersey.register(new Principals());
        jersey.register(new AdminKeyFilter(adminKey(config)));
        jersey.register(new IssuerKeyFilter(services.tenants()));
        jersey.register(new TenantResource(services.tenants()));
        jersey.register(new CustomerResource(services.customers(), services.readiness()));
        jersey.register(new InvoiceResource(services.invoices(), services.exports(),
                new UblImportService(services.jdbi(), services.invoices())));
        jersey.register(new InvoiceBatchResource(new InvoiceBatchService(services.jdbi()), environment.getObjectMapper()));
        jersey.register(new PluginResource(plugins));
        jersey.register(new TenantFilters.Public(services.tenants()));
        jersey.register(new TenantFilters.Customer(services.tenants(), sessions));
        jersey.register(new AccountResource(services.accounts(), sessions));
        jersey.register(new SessionResource(sessions));
        jersey.register(new PasskeyResource(services.passkeys(), sessions));
        jersey.register(new MfaResource(mfa, sessions));
        jersey.register(new MfaEnrolmentFilter(mfa));
        jersey.register(new MyInvoicesResource(services.customerInvoices(), services.exports(), services.downloads()));
        jersey.register(new ProfileResource(services.customers()));
        jersey.register(new MyActivityResource(services.audit()));
        jersey.register(new InvoiceActivityResource(services.audit(), services.invoices()));
        jersey.register(new CustomerActivityResource(services.audit()));
        PluginSettingsService pluginSettings = new PluginSettingsService(services.jdbi());
        jersey.register(new SettingsResource(services.tenants(), pluginSettings, plugins, services.readiness(), sso));
        jersey.register(new SsoSecretResource(sso));
        jersey.register(new PluginSettingsResource(pluginSettings, plugins));
        jersey.register(new SettingsPreviewResource(services.tenants(),
                new BrandingPreview(services.jdbi(), plugins, config.getPublicUrl(), Clock.systemUTC()), config.getPublicUrl()));
        OpenApi.register(jersey.getResourceConfig(), config.getPublicUrl());
    }

    /** The configured operator key, or a random one for this run (logged once). */
    private static String adminKey(PortalConfiguration config) {
        if (config.getAdminKey() != null && !config.getAdminKey().isBlank()) {
            return config.getAdminKey();
        }
        String adminKey = Hashes.randomSecret(24);
        LOG.warn("PORTAL_ADMIN_KEY is not set; the operator key for this run is: {}", adminKey);
        return adminKey;
    }

    /** Servlet filters (host, headers, Shiro, tenant icons) and the Vaadin UI under /*. */
    private void web(PortalConfiguration config, Environment environment, UserSessions sessions,
            EmbedSessionHandler sessionHandler) {
        environment.servlets().addFilter("host", new HostFilter(config.isTrustForwardedHost()))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        environment.servlets().addFilter("security-headers", new SecurityHeadersFilter(services.tenants()))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        environment.servlets().addFilter("shiro", new PortalShiroFilter(new PortalRealm(services.accounts())))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), true, "/*");
        environment.servlets().addFilter("tenant-favicon", new TenantFaviconFilter(services.tenants()))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/t/*");
        environment.servlets().addFilter("ended-sessions", new EndedSessionsFilter(sessions))
                .addMappingForServletNames(EnumSet.of(DispatcherType.REQUEST), true, VaadinWiring.SERVLET_NAME);
        VaadinWiring.install(environment, sessionHandler, new UiServices(services.tenants(), services.accounts(),
                new VaadinSessions(sessions), services.customerInvoices(), services.exports(), services.downloads(),
                services.customers(), exportJobs, mfa, services.passkeys(), services.audit()));
    }

    /** The export jobs of the running application (for whole-application tests). */
    public ExportJobService exportJobs() {
        return exportJobs;
    }

    /** This node's export workers and sweeper (for whole-application tests). */
    public ExportJobRunner exportJobRunner() {
        return exportJobRunner;
    }

    /** The second factors (TOTP and recovery codes) of the running application. */
    public MfaService mfa() {
        return mfa;
    }

    /** The services of the running application (for whole-application tests). */
    public Services services() {
        return services;
    }
}
