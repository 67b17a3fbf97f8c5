package io.invoiceportal.server.customer;

import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.common.EndpointInput;
import io.invoiceportal.core.customer.Customer;
import io.invoiceportal.core.customer.CustomerRequest;
import java.util.List;
import java.util.Map;

/**
 * A customer as the issuer API returns it; {@code readiness} maps each format the tenant offers to the
 * business terms missing for it (empty: ready).
 */
public record CustomerJson(
        String customerNumber, String companyName, String email, String login, String accountState,
        String language, String deliveryChannel, CustomerRequest.ContactInput contact, AddressInput address,
        String vatId, EndpointInput endpoint, Map<String, List<String>> readiness) {

    public static CustomerJson of(Customer c, Map<String, List<String>> readiness) {
        return new CustomerJson(c.customerNumber(), c.companyName(), c.email(), c.login(),
                c.accountState() == null ? null : c.accountState().dbValue(),
                c.language(), c.deliveryChannel(), new CustomerRequest.ContactInput(c.contactName(), c.contactPhone()),
                new AddressInput(c.street(), c.postalCode(), c.city(), c.countryCode()), c.vatId(),
                c.endpointScheme() == null ? null : new EndpointInput(c.endpointScheme(), c.endpointId()), readiness);
    }
}
