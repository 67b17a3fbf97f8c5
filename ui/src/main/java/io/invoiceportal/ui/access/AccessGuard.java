package io.invoiceportal.ui.access;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.UiServices;
import io.invoiceportal.ui.profile.MfaEnrolmentView;
import java.util.Optional;

/**
 * Checks every navigation before any view is made (registered through {@code META-INF/services}).
 * Deny by default: a route is open only when its class carries {@link PublicView}; every other
 * route needs a user signed in to the tenant, else the visitor lands on that tenant's login page
 * with the requested path in {@code next}; on an embedded page ({@code t/:tenant/embed/…}, in a
 * partner's iframe) there is no login: it shows that the session has ended ({@code EmbedEndedView}).
 * The tenant is the one named in the URL ({@code t/:tenant/…}) or, for a tenant page without that
 * prefix ({@code /invoices}), the one owning the request's host name. An unknown tenant, a tenant
 * page without a tenant, and another tenant than the host's are a 404. For tenant routes it also
 * picks the page language and leaves a {@link Visit} for the view. A signed-in customer of a tenant
 * that requires a second factor, who has none, goes to {@link MfaEnrolmentView} from every page.
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
        if (slug.isEmpty() && !isTenantRoute(target)) {
            if (!open) {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        }
        UiServices services = UiServices.current();
        Optional<Tenant> ofHost = HostTenant.current();
        Tenant tenant = slug.isPresent() ? services.tenants().findBySlug(slug.get()).orElse(null) : ofHost.orElse(null);
        if (tenant == null || ofHost.isPresent() && ofHost.get().id() != tenant.id()) {
            event.rerouteToError(NotFoundException.class); // on a tenant's own host, never another tenant
            return;
        }
        Optional<SignedIn> user = services.sessions().current(tenant);
        event.getUI().setLocale(Languages.localeFor(tenant, user, event.getUI().getSession()));
        boolean embedded = event.getLocation().getPath().startsWith("t/" + tenant.slug() + "/embed/");
        Visit visit = new Visit(tenant, user, embedded, ofHost.isPresent());
        if (user.isEmpty() && !open && embedded) {
            event.forwardTo(visit.path("ended"));
            return;
        }
        if (user.isEmpty() && !open) {
            String requested = event.getLocation().getPathWithQueryParameters();
            event.forwardTo(visit.path("login"), QueryParameters.of(NextPath.PARAMETER, requested));
            return;
        }
        if (user.isPresent() && !open && target != MfaEnrolmentView.class
                && services.mfa().enrolmentRequired(tenant, user.get())) {
            event.forwardTo(visit.path("mfa")); // security.mfa required: nothing else until a second factor is set up
            return;
        }
        Visit.store(event.getUI(), visit);
    }

    /**
     * Whether {@code target} is a page of a tenant: its route starts with {@code t/:tenant}. Its aliases
     * without that prefix ({@code invoices}) serve the tenant of the host name, and nothing elsewhere.
     */
    private static boolean isTenantRoute(Class<?> target) {
        Route route = target.getAnnotation(Route.class);
        return route != null && (route.value() + "/").startsWith("t/:" + TENANT_PARAMETER + "/");
    }
}
