package io.invoiceportal.core.sso;

import io.invoiceportal.core.customer.Customer;

/**
 * An accepted sign-on token: the customer it signs in, whether it opens the embedded portal
 * (claim {@code embed}, true when absent) and who vouched for it.
 */
public record SsoGrant(Customer customer, boolean embed, String issuer, String kid, String jti) {}
