package io.invoiceportal.core.tenant;

import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.common.ContactInput;
import io.invoiceportal.core.common.EndpointInput;
import java.util.List;

/**
 * Body of {@code POST /api/v1/tenants}. Only slug, name and seller.legalName are required.
 * {@code hostNames}: the hosts that serve the tenant's portal at {@code /} (see {@link HostNames});
 * a host of another tenant is a conflict.
 */
public record TenantRequest(
        String slug, String name, String language, SellerInput seller, BrandingInput branding,
        List<String> languages, List<String> hostNames) {

    public record SellerInput(String legalName, AddressInput address, String vatId, EndpointInput endpoint, String iban,
            ContactInput contact) {

        /** A seller without a contact. */
        public SellerInput(String legalName, AddressInput address, String vatId, EndpointInput endpoint, String iban) {
            this(legalName, address, vatId, endpoint, iban, null);
        }
    }
}
