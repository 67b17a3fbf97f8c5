package io.invoiceportal.core.tenant;

import java.net.URI;

/**
 * Where a tenant's portal is, for mail links and plugins. A tenant with host names is served at
 * the root of its first one, with the scheme, port and path of the portal's public URL
 * ({@code PORTAL_PUBLIC_URL}): {@code https://facturen.hollandse-energie.example}. Any other
 * tenant is under the public URL: {@code https://portal.example/t/hollandse-energie}.
 */
public final class PortalUrls {
    private PortalUrls() {}

    /** The tenant's portal URL, without a trailing slash; pages are below it ({@code …/invoices}). */
    public static String of(String publicUrl, Tenant tenant) {
        if (tenant.hostNames().isEmpty()) {
            return publicUrl + "/t/" + tenant.slug();
        }
        URI base = URI.create(publicUrl);
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return base.getScheme() + "://" + tenant.hostNames().get(0) + port + path;
    }
}
