package io.invoiceportal.core.tenant;

import java.util.List;

/**
 * Body of {@code PUT /api/v1/tenants/{t}/settings}: every key optional; keys left out keep
 * their value. {@code embedOrigins} is stored but not used yet.
 */
public record SettingsRequest(
        List<String> enabledFormats, List<String> enabledChannels, TenantRequest.BrandingInput branding,
        List<String> languages, List<String> embedOrigins) {}
