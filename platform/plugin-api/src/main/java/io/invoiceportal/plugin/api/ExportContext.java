package io.invoiceportal.plugin.api;

import java.time.Clock;
import java.util.Locale;

/**
 * Everything an {@link InvoiceExporter} may use besides the invoice itself. Built by the portal
 * (and by tests) with {@link #builder()}; later minor versions may add methods (with a default).
 */
public interface ExportContext {

    /** The issuing company, with its branding. */
    TenantView tenant();

    /** The language of the reader (the customer's, else the tenant's default). */
    Locale locale();

    /** The portal's clock; use it instead of the system clock so output is reproducible. */
    Clock clock();

    /** A builder with every field empty; every field is required. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExportContext}. */
    final class Builder {
        private TenantView tenant;
        private Locale locale;
        private Clock clock;

        private Builder() {}

        /** Sets {@link ExportContext#tenant()}. */
        public Builder tenant(TenantView value) {
            tenant = value;
            return this;
        }

        /** Sets {@link ExportContext#locale()}. */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /** Sets {@link ExportContext#clock()}. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** The context. */
        public ExportContext build() {
            return new Values.Export(Values.required(tenant, "tenant"), Values.required(locale, "locale"),
                    Values.required(clock, "clock"));
        }
    }
}
