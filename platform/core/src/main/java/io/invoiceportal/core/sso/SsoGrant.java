package io.invoiceportal.core.sso;

import io.invoiceportal.core.account.SignedIn;

/**
 * An accepted sign-on token: the customer it signs in (an active account), whether it opens the
 * embedded portal (claim {@code embed}, true when absent) and who vouched for it.
 */
public record SsoGrant(SignedIn user, boolean embed, String issuer, String kid, String jti) {}
