package io.invoiceportal.plugin.api;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an {@link InvoiceExporter} may use besides the invoice itself.
 *
 * @param tenant the issuing company, with its branding
 * @param locale the language of the reader (the customer's, else the tenant's default)
 * @param clock the portal's clock; use it instead of the system clock so output is reproducible
 */
public record ExportContext(TenantView tenant, Locale locale, Clock clock) {
    public ExportContext {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(clock, "clock");
    }
}
