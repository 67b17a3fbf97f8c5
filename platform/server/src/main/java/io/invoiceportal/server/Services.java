package io.invoiceportal.server;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.DownloadService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.export.Readiness;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoiceBatchService;
import io.invoiceportal.core.invoice.InvoiceService;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.core.sample.SampleLoader;
import io.invoiceportal.core.tenant.TenantDefaults;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.server.account.ShiroPasswordHasher;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** The core services, built once with {@code new} from one Jdbi (no service locator). */
public record Services(
        Jdbi jdbi, TenantService tenants, CustomerService customers, InvoiceService invoices,
        ExportService exports, AccountService accounts, CustomerInvoiceService customerInvoices,
        DownloadService downloads, ShiroPasswordHasher passwords, Readiness readiness, PasskeyService passkeys,
        AuditService audit) {

    public static Services build(Jdbi jdbi, ExporterCatalog catalog, TenantDefaults defaults, String publicUrl,
            Clock clock) {
        TenantService tenants = new TenantService(jdbi, defaults, publicUrl);
        InvoiceService invoices = new InvoiceService(jdbi);
        ShiroPasswordHasher passwords = new ShiroPasswordHasher();
        ExportService exports = new ExportService(jdbi, invoices, catalog, publicUrl, clock);
        CustomerInvoiceService customerInvoices = new CustomerInvoiceService(jdbi, invoices);
        AccountService accounts = new AccountService(jdbi, passwords, new PasswordPolicy(), clock);
        return new Services(jdbi, tenants, new CustomerService(jdbi), invoices, exports, accounts, customerInvoices,
                new DownloadService(customerInvoices, exports), passwords, new Readiness(jdbi, exports, publicUrl),
                new PasskeyService(jdbi, accounts, publicUrl, clock), new AuditService(jdbi, tenants, clock));
    }

    public SampleLoader sampleLoader() {
        return new SampleLoader(jdbi, tenants, customers, new InvoiceBatchService(jdbi), passwords);
    }
}
