package io.invoiceportal.plugin.api;

/**
 * A seller or buyer as printed on an invoice (EN 16931 BG-4 / BG-7). Built with {@link #builder()};
 * later minor versions may add methods (with a default).
 */
public interface PartyView {

    /** Registered name. */
    String legalName();

    /** Postal address, may be {@code null}. */
    AddressView address();

    /** VAT identifier, may be {@code null}. */
    String vatId();

    /** Electronic address scheme (for example {@code 0106}), may be {@code null}. */
    String endpointScheme();

    /** Electronic address, may be {@code null}. */
    String endpointId();

    /** Account for payments (sellers only), may be {@code null}. */
    String iban();

    /** BG-6 / BG-9, a contact person, may be {@code null}. Since 1.1. */
    default Contact contact() {
        return null;
    }

    /** A contact point; every part may be {@code null}. */
    interface Contact {
        /** BT-41 / BT-56, a person or department. */
        String name();

        /** BT-42 / BT-57. */
        String phone();

        /** BT-43 / BT-58. */
        String email();

        /** A contact from its parts, any of which may be {@code null}. */
        static Contact of(String name, String phone, String email) {
            return new Values.ContactPoint(name, phone, email);
        }
    }

    /** A builder with every field empty; {@code legalName} is required. */
    static Builder builder() {
        return new Builder();
    }

    /** A postal address; every part may be {@code null}. */
    interface AddressView {
        /** Street and number. */
        String street();

        /** Postal code. */
        String postalCode();

        /** City. */
        String city();

        /** ISO 3166-1 alpha-2 country code. */
        String countryCode();

        /** An address from its parts, any of which may be {@code null}. */
        static AddressView of(String street, String postalCode, String city, String countryCode) {
            return new Values.Address(street, postalCode, city, countryCode);
        }
    }

    /** Builds a {@link PartyView}. */
    final class Builder {
        private String legalName;
        private AddressView address;
        private String vatId;
        private String endpointScheme;
        private String endpointId;
        private String iban;
        private Contact contact;

        private Builder() {}

        /** Sets {@link PartyView#contact()}. Since 1.1. */
        public Builder contact(Contact value) {
            contact = value;
            return this;
        }

        /** Sets {@link PartyView#legalName()}. */
        public Builder legalName(String value) {
            legalName = value;
            return this;
        }

        /** Sets {@link PartyView#address()}. */
        public Builder address(AddressView value) {
            address = value;
            return this;
        }

        /** Sets {@link PartyView#vatId()}. */
        public Builder vatId(String value) {
            vatId = value;
            return this;
        }

        /** Sets {@link PartyView#endpointScheme()}. */
        public Builder endpointScheme(String value) {
            endpointScheme = value;
            return this;
        }

        /** Sets {@link PartyView#endpointId()}. */
        public Builder endpointId(String value) {
            endpointId = value;
            return this;
        }

        /** Sets {@link PartyView#iban()}. */
        public Builder iban(String value) {
            iban = value;
            return this;
        }

        /** The party. */
        public PartyView build() {
            return new Values.Party(Values.required(legalName, "legalName"), address, vatId, endpointScheme,
                    endpointId, iban, contact);
        }
    }
}
