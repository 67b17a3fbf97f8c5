package io.invoiceportal.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.invoiceportal.core.testing.TestDatabaseExtension;
import io.invoiceportal.server.testing.Browser;
import io.invoiceportal.server.testing.PortalProcess;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole product the way a customer uses it: the real runnable jar (real PostgreSQL, GreenMail
 * as its SMTP server, the sample tenants it loads itself) driven through headless Debian Chromium,
 * every step of the user manual, in Dutch for a customer of Hollandse Energie and in English for
 * one of Northwind Facilities. Each screen is photographed and checked with axe-core.
 */
class ManualWalkIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = new TestDatabaseExtension("e2e");
    static Mailbox mail;
    static PortalProcess portal;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        new Axe(); // fails at once, naming the fix, when axe-core is not installed
        mail = Mailbox.start();
        portal = PortalProcess.start(DB.database().url(), mail.port);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (portal != null) {
            portal.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    /** The unactivated sample customers whose activation mail the portal sends at its first start. */
    static Stream<Arguments> newCustomers() throws Exception {
        return Stream.of(
                Arguments.of(Labels.DUTCH, SampleCustomer.load("hollandse-energie", "waakhond")),
                Arguments.of(Labels.ENGLISH, SampleCustomer.load("northwind-facilities", "beaconchildcare")));
    }

    /**
     * Activation mail → Account activeren → Inloggen → Facturenscherm (unread/read, open PDF, every
     * filter and a combination, sort two columns both ways, 100 per page) → Profiel (Afleverkanaal)
     * → Aanpassen wachtwoord → log out → Wachtwoord vergeten → mailed link → new password → log in.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("newCustomers")
    void walkTheManual(Labels labels, SampleCustomer customer) throws Exception {
        walk(labels, customer, "failed", walk -> {
            walk.activate("Zonlicht2048");
            walk.logIn("Zonlicht2048", "login");
            String read = walk.openNewestInvoice();
            walk.filter(read);
            walk.sortTwoColumns();
            walk.hundredPerPage();
            walk.profile();
            walk.changePassword("Zonlicht2048", "Maanlicht4096");
            walk.logOut();
            walk.forgotPassword("Sterrenhemel8192");
            walk.logIn("Sterrenhemel8192", "login-after-reset");
        });
    }

    /** Active sample customers (demo password) with a full first page of invoices. */
    static Stream<Arguments> activeCustomers() throws Exception {
        return Stream.of(
                Arguments.of(Labels.DUTCH, SampleCustomer.load("hollandse-energie", "korenschoof")),
                Arguments.of(Labels.ENGLISH, SampleCustomer.load("northwind-facilities", "liffeyquay")));
    }

    /**
     * Enkelvoudige and meervoudige downloads: nothing ticked gives the message; one ticked invoice as
     * PDF, XML and CSV; the header tick and one ZIP of the page; a row's icon gives a ZIP of three files.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("activeCustomers")
    void downloads(Labels labels, SampleCustomer customer) throws Exception {
        walk(labels, customer, "downloads-failed", walk -> {
            walk.page().navigate(portal.base + "/t/" + customer.tenant() + "/login");
            walk.logIn("Factuur2026", "login-demo");
            walk.downloads();
        });
    }

    /**
     * E-invoicing: the demo customer of Hollandse Energie, which offers UBL and Factur-X, sees its
     * credit note marked "Creditnota", downloads it as UBL (a CreditNote), and an invoice as UBL (an
     * Invoice) and as Factur-X (a PDF carrying factur-x.xml).
     */
    @org.junit.jupiter.api.Test
    void eInvoices() throws Exception {
        SampleCustomer customer = SampleCustomer.load("hollandse-energie", "korenschoof");
        walk(Labels.DUTCH, customer, "einvoice-failed", walk -> {
            walk.page().navigate(portal.base + "/t/" + customer.tenant() + "/login");
            walk.logIn("Factuur2026", "login-einvoice");
            EInvoiceSteps steps = new EInvoiceSteps(walk, Labels.DUTCH);
            String invoice = steps.creditNoteIsMarked("2026-C00001");
            steps.isUbl(steps.download("2026-C00001", "UBL", "xml"), EInvoiceSteps.UBL_CREDIT_NOTE, "CreditNote",
                    "2026-C00001");
            steps.isUbl(steps.download(invoice, "UBL", "xml"), EInvoiceSteps.UBL_INVOICE, "Invoice", invoice);
            steps.isFacturX(steps.download(invoice, "Factur-X", "pdf"), invoice);
        });
    }

    interface Steps {
        void run(CustomerWalk walk) throws Exception;
    }

    /**
     * Runs the steps in a fresh browser page, photographs the page if a step fails, and fails on
     * serious or critical accessibility findings of any screen the steps checked.
     */
    private void walk(Labels labels, SampleCustomer customer, String failedShot, Steps steps) throws Exception {
        Axe axe = new Axe();
        Page page = browser.newPage(labels.browserLocale());
        try {
            steps.run(new CustomerWalk(page, labels, customer, portal.base, axe, mail));
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "e2e-" + labels.language() + "-" + failedShot);
            throw e;
        } finally {
            page.context().close();
        }
        axe.minor().forEach(finding -> System.out.println("axe (not failing): " + finding));
        assertThat(axe.violations()).as("serious or critical accessibility violations (axe-core)").isEmpty();
    }
}
