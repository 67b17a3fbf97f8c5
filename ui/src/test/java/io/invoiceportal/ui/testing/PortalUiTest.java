package io.invoiceportal.ui.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.DownloadService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.core.exportjob.ExportJobSettings;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.core.testing.Fixtures;
import io.invoiceportal.core.testing.MutableClock;
import io.invoiceportal.core.testing.Pbkdf2Hasher;
import io.invoiceportal.core.testing.TestDatabase;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.mfa.SecretBox;
import io.invoiceportal.ui.UiServices;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

/**
 * Karibu tests over the real core services and a real PostgreSQL database (one per test class);
 * each test gets its own tenant, so tests never see each other's accounts.
 */
public abstract class PortalUiTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Routes routes;
    protected static Jdbi jdbi;

    protected MutableClock clock;
    protected TenantService tenants;
    protected AccountService accounts;
    protected InvoiceService invoiceService;
    protected CustomerInvoiceService customerInvoices;
    protected ExportService exports;
    protected Tenant tenant;
    protected ExportJobSettings exportJobSettings;
    protected ExportJobService exportJobs;

    @BeforeAll
    static void startDatabaseAndRoutes() {
        jdbi = TestDatabase.create("ui").jdbi();
        routes = new Routes().autoDiscoverViews("io.invoiceportal.ui");
    }

    @BeforeEach
    void setUpUi() {
        clock = new MutableClock();
        tenants = Fixtures.tenants(jdbi);
        accounts = new AccountService(jdbi, new Pbkdf2Hasher(), new PasswordPolicy(), clock);
        invoiceService = new InvoiceService(jdbi);
        customerInvoices = new CustomerInvoiceService(jdbi, invoiceService);
        exports = new ExportService(jdbi, invoiceService, exporters(), "http://portal.test", clock);
        tenant = newTenant("nl");
        exportJobSettings = ExportJobSettings.defaults(exportsDirectory());
        exportJobs = new ExportJobService(jdbi, exports, exportJobSettings, clock);
        MockVaadin.setup(routes);
        VaadinService.getCurrent().getContext().setAttribute(UiServices.class, new UiServices(tenants, accounts,
                new SessionsInVaadinSession(accounts, new io.invoiceportal.core.session.SessionService(jdbi, clock)), customerInvoices, exports,
                new DownloadService(customerInvoices, exports), new CustomerService(jdbi), exportJobs,
                new MfaService(jdbi, accounts, new SecretBox(new byte[32]), clock),
                new io.invoiceportal.core.passkey.PasskeyService(jdbi, accounts, "http://portal.test",
                        clock), new AuditService(jdbi, tenants, clock)));
    }

    @AfterEach
    void tearDownUi() {
        MockVaadin.tearDown();
    }

    /** The export formats the views may offer; none by default (tests of downloads add real exporters). */
    protected ExporterCatalog exporters() {
        return new ExporterCatalog() {
            @Override
            public java.util.List<io.invoiceportal.plugin.api.InvoiceExporter> exporters() {
                return java.util.List.of();
            }

            @Override
            public java.util.List<io.invoiceportal.plugin.api.DeliveryChannel> channels() {
                return java.util.List.of();
            }
        };
    }

    private static java.nio.file.Path exportsDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("ui-exports");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new tenant with a unique slug and this default language. */
    protected Tenant newTenant(String language) {
        return Fixtures.tenant(jdbi, uniqueSlug("ui"), language);
    }

    /** A slug no other test of this JVM uses (the database lives as long as the test class). */
    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A customer of {@code tenant} whose account is not yet activated. */
    protected void customer(Tenant t, String number, String login, String email) {
        Fixtures.customer(jdbi, t, number, login, email);
    }

    /** A fresh one-time token for the account with this login, as the e-mail link would carry. */
    protected String token(Tenant t, String login, TokenPurpose purpose) {
        return jdbi.inTransaction(handle -> {
            long accountId = handle.createQuery("select id from account where tenant_id = :tenant and login = :login")
                    .bind("tenant", t.id()).bind("login", login).mapTo(Long.class).one();
            return accounts.mintToken(handle, t.id(), accountId, purpose);
        });
    }

    /** A customer with an active account and this password. */
    protected void activeCustomer(Tenant t, String number, String login, String password) {
        customer(t, number, login, login + "@example.com");
        accounts.activate(t, token(t, login, TokenPurpose.ACTIVATION), password, password);
    }

    protected static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    protected static void navigate(String path, String parameter, String value) {
        UI.getCurrent().navigate(path, QueryParameters.of(parameter, value));
    }

    /** Signs in through the login page, as a user would. */
    protected void signIn(Tenant t, String login, String password) {
        navigate("t/" + t.slug() + "/login");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Login naam")), login);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Wachtwoord")), password);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
    }

    /** Ends the session, as the logout button does. */
    protected static void signOut() {
        UiServices.current().sessions().logout();
    }

    /** The text of the page on screen. */
    protected static String pageText() {
        return currentView().getElement().getTextRecursively();
    }

    /** A query parameter of the current address, decoded. */
    protected static String currentParameter(String name) {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter(name).orElse(null);
    }

    /** The route target on screen. */
    protected static HasElement currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    /** The address bar: path and query of the current view. */
    protected static String currentLocation() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    protected String path(String page) {
        return "t/" + tenant.slug() + "/" + page;
    }
}
