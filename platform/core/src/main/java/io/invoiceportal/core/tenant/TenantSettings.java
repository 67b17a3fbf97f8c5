package io.invoiceportal.core.tenant;

import java.util.List;

/** The tenant's settings as stored in {@code tenant.settings} (jsonb). */
record TenantSettings(
        Tenant.Seller seller,
        Tenant.Branding branding,
        List<String> languages,
        List<String> enabledFormats,
        List<String> enabledChannels,
        List<String> embedOrigins,
        String timeZone) {}
