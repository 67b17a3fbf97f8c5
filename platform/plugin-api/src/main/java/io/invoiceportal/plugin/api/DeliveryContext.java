package io.invoiceportal.plugin.api;

import java.time.Clock;
import java.util.Locale;

/**
 * What a {@link DeliveryChannel} may use. Built by the portal (and by tests) with
 * {@link #builder()}; later minor versions may add methods (with a default).
 */
public interface DeliveryContext {

    /** The issuing company, with branding and portal URL. */
    TenantView tenant();

    /** The customer's language. */
    Locale locale();

    /** Sends e-mail through the portal's configured mail server. */
    MailSender mailer();

    /**
     * This tenant's values for the settings the channel declared in {@link DeliveryChannel#settings()},
     * defaults filled in.
     */
    PluginSettings settings();

    /** The portal's clock. */
    Clock clock();

    /** A builder with no settings and every other field empty; the others are required. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeliveryContext}. */
    final class Builder {
        private TenantView tenant;
        private Locale locale;
        private MailSender mailer;
        private PluginSettings settings = PluginSettings.none();
        private Clock clock;

        private Builder() {}

        /** Sets {@link DeliveryContext#tenant()}. */
        public Builder tenant(TenantView value) {
            tenant = value;
            return this;
        }

        /** Sets {@link DeliveryContext#locale()}. */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /** Sets {@link DeliveryContext#mailer()}. */
        public Builder mailer(MailSender value) {
            mailer = value;
            return this;
        }

        /** Sets {@link DeliveryContext#settings()}. */
        public Builder settings(PluginSettings value) {
            settings = Values.required(value, "settings");
            return this;
        }

        /** Sets {@link DeliveryContext#clock()}. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** The context. */
        public DeliveryContext build() {
            return new Values.Delivery(Values.required(tenant, "tenant"), Values.required(locale, "locale"),
                    Values.required(mailer, "mailer"), settings, Values.required(clock, "clock"));
        }
    }
}
