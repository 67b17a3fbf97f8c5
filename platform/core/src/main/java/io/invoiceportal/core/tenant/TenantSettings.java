package io.invoiceportal.core.tenant;

import java.util.List;

/**
 * The tenant's settings as stored in {@code tenant.settings} (jsonb). {@code hostOrder} keeps the
 * order the issuer gave its host names in (the first is where mails link to); which hosts a
 * tenant has is table {@code tenant_host}, whose unique index keeps each host to one tenant.
 */
record TenantSettings(
        Tenant.Seller seller,
        Tenant.Branding branding,
        List<String> languages,
        List<String> enabledFormats,
        List<String> enabledChannels,
        List<String> embedOrigins,
        String timeZone,
        List<String> hostOrder,
        Tenant.Security security) {}
