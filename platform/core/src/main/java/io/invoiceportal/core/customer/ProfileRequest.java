package io.invoiceportal.core.customer;

import io.invoiceportal.core.common.AddressInput;

/**
 * Body of {@code PUT /api/v1/tenants/{t}/me/profile}. Customer number, company name, e-mail and
 * login are shown but not editable: they may be sent back unchanged, another value is refused
 * naming the field.
 */
public record ProfileRequest(
        String customerNumber, String companyName, String email, CustomerRequest.ContactInput contact,
        AddressInput address, String language, String deliveryChannel, String login) {}
