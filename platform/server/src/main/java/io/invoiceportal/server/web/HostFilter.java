package io.invoiceportal.server.web;

import io.invoiceportal.core.tenant.HostNames;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Leaves the host each request was sent to under {@link HostNames#REQUEST_ATTRIBUTE}, for the parts
 * that serve a tenant on its own host names (screens, customer API, sessions). The host is the
 * {@code Host} header's; {@code X-Forwarded-Host} counts only when the portal runs behind a proxy it
 * trusts ({@code PORTAL_TRUST_FORWARDED_HOST}), since anyone can send that header.
 */
public class HostFilter implements Filter {
    private final boolean trustForwardedHost;

    public HostFilter(boolean trustForwardedHost) {
        this.trustForwardedHost = trustForwardedHost;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String header = request.getHeader("Host");
        String forwarded = trustForwardedHost ? request.getHeader("X-Forwarded-Host") : null;
        if (forwarded != null && !forwarded.isBlank()) {
            header = forwarded.split(",", 2)[0]; // the first proxy's: the host the browser asked for
        }
        HostNames.ofHeader(header).ifPresent(host -> request.setAttribute(HostNames.REQUEST_ATTRIBUTE, host));
        chain.doFilter(req, res);
    }

    /** The host this request was sent to, as the filter left it. */
    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(HostNames.REQUEST_ATTRIBUTE));
    }
}
