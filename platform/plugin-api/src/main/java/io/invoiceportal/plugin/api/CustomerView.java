package io.invoiceportal.plugin.api;

import java.util.Locale;

/**
 * A customer of the tenant (the buyer), as a plugin sees it. Built with {@link #builder()}; later
 * minor versions may add methods (with a default).
 */
public interface CustomerView {

    /** The tenant's number for this customer. */
    String customerNumber();

    /** Name, address, VAT id and electronic address. */
    PartyView party();

    /** Address notifications go to, may be {@code null} (a channel that needs it fails the delivery). */
    String email();

    /** Contact person, may be {@code null}. */
    String contactName();

    /** Contact phone, may be {@code null}. */
    String contactPhone();

    /** The customer's language. */
    Locale locale();

    /** The customer's login name. */
    String login();

    /** A builder with every field empty; customer number, party and locale are
     * required. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CustomerView}. */
    final class Builder {
        private String customerNumber;
        private PartyView party;
        private String email;
        private String contactName;
        private String contactPhone;
        private Locale locale;
        private String login;

        private Builder() {}

        /** Sets {@link CustomerView#customerNumber()}. */
        public Builder customerNumber(String value) {
            customerNumber = value;
            return this;
        }

        /** Sets {@link CustomerView#party()}. */
        public Builder party(PartyView value) {
            party = value;
            return this;
        }

        /** Sets {@link CustomerView#email()}. */
        public Builder email(String value) {
            email = value;
            return this;
        }

        /** Sets {@link CustomerView#contactName()}. */
        public Builder contactName(String value) {
            contactName = value;
            return this;
        }

        /** Sets {@link CustomerView#contactPhone()}. */
        public Builder contactPhone(String value) {
            contactPhone = value;
            return this;
        }

        /** Sets {@link CustomerView#locale()}. */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /** Sets {@link CustomerView#login()}. */
        public Builder login(String value) {
            login = value;
            return this;
        }

        /** The customer. */
        public CustomerView build() {
            return new Values.Customer(Values.required(customerNumber, "customerNumber"),
                    Values.required(party, "party"), email, contactName, contactPhone,
                    Values.required(locale, "locale"), login);
        }
    }
}
