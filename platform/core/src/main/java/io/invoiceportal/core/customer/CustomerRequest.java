package io.invoiceportal.core.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.invoiceportal.core.common.AddressInput;
import io.invoiceportal.core.common.EndpointInput;

/**
 * Body of {@code PUT /api/v1/tenants/{t}/customers/{customerNumber}} (docs/invoice-model.md).
 * On create, {@code companyName} and {@code email} are required; on update, fields left out
 * keep their value (the customer may have changed language, channel or contact in the portal).
 * {@code customerNumber} and {@code accountState} are read-only: a body read with GET may be sent
 * back with them unchanged; another value is refused naming the field. {@code readiness} is
 * computed (per format, what the customer's data lacks) and ignored when sent back.
 */
@JsonIgnoreProperties("readiness")
public record CustomerRequest(
        String companyName, String email, String login, String language, String deliveryChannel,
        ContactInput contact, AddressInput address, String vatId, EndpointInput endpoint,
        String customerNumber, String accountState) {

    public record ContactInput(String name, String phone) {}
}
