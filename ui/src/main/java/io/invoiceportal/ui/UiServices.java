package io.invoiceportal.ui;

import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import io.invoiceportal.core.account.AccountService;
import io.invoiceportal.core.audit.AuditService;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.export.DownloadService;
import io.invoiceportal.core.export.ExportService;
import io.invoiceportal.core.exportjob.ExportJobService;
import io.invoiceportal.core.invoice.CustomerInvoiceService;
import io.invoiceportal.core.mfa.MfaService;
import io.invoiceportal.core.passkey.PasskeyService;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.ui.session.Sessions;
import java.util.Objects;

/**
 * The core services that views use. The server builds one in {@code Application.run()} and stores it
 * in the servlet context under {@link #ATTRIBUTE}; views read it with {@link #current()}.
 */
public record UiServices(TenantService tenants, AccountService accounts, Sessions sessions,
        CustomerInvoiceService invoices, ExportService exports, DownloadService downloads, CustomerService customers,
        ExportJobService exportJobs, MfaService mfa, PasskeyService passkeys, AuditService audit) {

    /**
     * Name of the servlet context attribute that holds the instance: the class name, which is where
     * Vaadin's {@link VaadinContext#getAttribute(Class)} looks.
     */
    public static final String ATTRIBUTE = UiServices.class.getName();

    public UiServices {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(downloads, "downloads");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(exportJobs, "exportJobs");
        Objects.requireNonNull(mfa, "mfa");
        Objects.requireNonNull(passkeys, "passkeys");
        Objects.requireNonNull(audit, "audit");
    }

    /** The services of the running application; call only while Vaadin handles a request. */
    public static UiServices current() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            throw new IllegalStateException("No Vaadin request is being handled on this thread");
        }
        return from(service.getContext());
    }

    /** The services stored in this Vaadin context. */
    public static UiServices from(VaadinContext context) {
        UiServices services = context.getAttribute(UiServices.class);
        if (services == null) {
            throw new IllegalStateException("UiServices not installed: servlet context attribute " + ATTRIBUTE + " is missing");
        }
        return services;
    }
}
