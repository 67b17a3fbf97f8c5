package io.invoiceportal.ui.access;

import com.vaadin.flow.server.VaadinRequest;
import io.invoiceportal.core.tenant.HostNames;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import java.util.Optional;

/**
 * The tenant whose own host name the current request was sent to (the server's host filter leaves
 * the host under {@link HostNames#REQUEST_ATTRIBUTE}); empty on the portal's own host.
 */
public final class HostTenant {
    private HostTenant() {}

    /** The tenant owning the current request's host, if any. */
    public static Optional<Tenant> current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Object host = request == null ? null : request.getAttribute(HostNames.REQUEST_ATTRIBUTE);
        return host instanceof String name ? UiServices.current().tenants().findByHost(name) : Optional.empty();
    }
}
