package io.invoiceportal.core.customer;

import io.invoiceportal.core.common.AddressInput;

/**
 * Body of {@code PUT /api/v1/tenants/{t}/me/profile}. Customer number, company name and e-mail
 * are shown but not editable: sending another value is refused naming the field.
 */
public record ProfileRequest(
        String customerNumber, String companyName, String email, CustomerRequest.ContactInput contact,
        AddressInput address, String language, String deliveryChannel) {}
