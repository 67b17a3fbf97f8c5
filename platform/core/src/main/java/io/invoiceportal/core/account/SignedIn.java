package io.invoiceportal.core.account;

import java.io.Serializable;

/**
 * A customer user signed in to one tenant's portal; kept in the HTTP session. A session is valid
 * while {@code credentialsVersion} matches the account's (a password change bumps it).
 */
public record SignedIn(
        long tenantId, String tenantSlug, long accountId, long customerId, String customerNumber, String login,
        String companyName, String language, int credentialsVersion) implements Serializable {}
