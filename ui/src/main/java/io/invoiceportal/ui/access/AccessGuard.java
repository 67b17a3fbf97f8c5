package io.invoiceportal.ui.access;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import java.util.Optional;

/**
 * Checks every navigation before any view is made (registered through {@code META-INF/services}).
 * Deny by default: a route is open only when its class carries {@link PublicView}; every other
 * route needs a user signed in to the tenant named in the URL, else the visitor lands on that
 * tenant's login page with the requested path in {@code next}; on an embedded page
 * ({@code t/:tenant/embed/…}, in a partner's iframe) there is no login: it shows that the session
 * has ended ({@code EmbedEndedView}). An unknown tenant is a 404. For tenant routes it also picks the
 * page language and leaves a {@link Visit} for the view.
 */
public class AccessGuard implements VaadinServiceInitListener, BeforeEnterListener {

    static final String TENANT_PARAMETER = "tenant";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this));
        event.getSource().setSystemMessagesProvider(new SessionExpiry());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Visit.clear(event.getUI());
        Class<?> target = event.getNavigationTarget();
        if (HasErrorParameter.class.isAssignableFrom(target)) {
            return; // error pages are shown in place of another route and reveal nothing
        }
        boolean open = target.isAnnotationPresent(PublicView.class);
        Optional<String> slug = event.getRouteParameters().get(TENANT_PARAMETER);
        if (slug.isEmpty()) {
            if (!open) {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        }
        UiServices services = UiServices.current();
        Tenant tenant = services.tenants().findBySlug(slug.get()).orElse(null);
        if (tenant == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<SignedIn> user = services.sessions().current(tenant);
        event.getUI().setLocale(Languages.localeFor(tenant, user, event.getUI().getSession()));
        boolean embedded = event.getLocation().getPath().startsWith("t/" + tenant.slug() + "/embed/");
        if (user.isEmpty() && !open && embedded) {
            event.forwardTo("t/" + tenant.slug() + "/embed/ended");
            return;
        }
        if (user.isEmpty() && !open) {
            String requested = event.getLocation().getPathWithQueryParameters();
            event.forwardTo("t/" + tenant.slug() + "/login", QueryParameters.of(NextPath.PARAMETER, requested));
            return;
        }
        Visit.store(event.getUI(), new Visit(tenant, user, embedded));
    }
}
