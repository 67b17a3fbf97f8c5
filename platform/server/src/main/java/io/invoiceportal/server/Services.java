package io.invoiceportal.server;

import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.account.PasswordPolicy;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.export.ExporterCatalog;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.invoice.InvoiceService;
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
        ShiroPasswordHasher passwords) {

    public static Services build(Jdbi jdbi, ExporterCatalog catalog, TenantDefaults defaults, String publicUrl,
            Clock clock) {
        TenantService tenants = new TenantService(jdbi, defaults);
        InvoiceService invoices = new InvoiceService(jdbi);
        ShiroPasswordHasher passwords = new ShiroPasswordHasher();
        return new Services(jdbi, tenants, new CustomerService(jdbi), invoices,
                new ExportService(jdbi, invoices, catalog, publicUrl, clock),
                new AccountService(jdbi, passwords, new PasswordPolicy(), clock),
                new CustomerInvoiceService(jdbi, invoices), passwords);
    }

    public SampleLoader sampleLoader() {
        return new SampleLoader(jdbi, tenants, customers, invoices, passwords);
    }
}
