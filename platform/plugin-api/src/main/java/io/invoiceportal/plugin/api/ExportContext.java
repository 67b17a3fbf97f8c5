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

    /**
     * This tenant's values for the settings the exporter declared in {@link InvoiceExporter#settings()},
     * defaults filled in.
     */
    PluginSettings settings();

    /** A builder with no settings and every other field empty; the others are required. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ExportContext}. */
    final class Builder {
        private TenantView tenant;
        private Locale locale;
        private Clock clock;
        private PluginSettings settings = PluginSettings.none();

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

        /** Sets {@link ExportContext#settings()}. */
        public Builder settings(PluginSettings value) {
            settings = Values.required(value, "settings");
            return this;
        }

        /** The context. */
        public ExportContext build() {
            return new Values.Export(Values.required(tenant, "tenant"), Values.required(locale, "locale"),
                    Values.required(clock, "clock"), settings);
        }
    }
}
