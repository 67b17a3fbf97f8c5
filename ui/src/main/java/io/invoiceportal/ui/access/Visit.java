package io.invoiceportal.ui.access;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Optional;

/**
 * What {@link AccessGuard} found for the route being entered: the tenant (named in the URL, or
 * owning the host name the request was sent to), the user signed in to it, if any, and whether the
 * page is an embedded one ({@code t/:tenant/embed/…}, shown in a partner's iframe). {@code onOwnHost}:
 * the request came to one of the tenant's own host names, where its pages live at {@code /}
 * ({@code /invoices}) rather than under {@code /t/{tenant}/}. Views read the visit instead of looking
 * up again, and build every in-app path with {@link #path}.
 */
public record Visit(Tenant tenant, Optional<SignedIn> user, boolean embedded, boolean onOwnHost) {

    public Visit(Tenant tenant, Optional<SignedIn> user) {
        this(tenant, user, false, false);
    }

    static void store(UI ui, Visit visit) {
        ComponentUtil.setData(ui, Visit.class, visit);
    }

    static void clear(UI ui) {
        ComponentUtil.setData(ui, Visit.class, null);
    }

    /**
     * The visit of this navigation. Fails when the guard did not run for it, so a view can never
     * show a tenant's page without the guard's check.
     */
    public static Visit of(BeforeEnterEvent event) {
        Visit visit = ComponentUtil.getData(event.getUI(), Visit.class);
        Optional<String> slug = event.getRouteParameters().get(AccessGuard.TENANT_PARAMETER);
        if (visit == null || slug.isPresent() && !visit.tenant().slug().equals(slug.get())) {
            throw new IllegalStateException("AccessGuard did not check the navigation to " + event.getLocation().getPath());
        }
        return visit;
    }

    /** The signed-in user; only for views that the guard keeps closed to visitors. */
    public SignedIn signedIn() {
        return user.orElseThrow(() -> new IllegalStateException("no user is signed in"));
    }

    /** On an embedded page or the tenant's own host, points {@code link} at {@code page} of this visit. */
    public void retarget(RouterLink link, String page) {
        if (embedded || onOwnHost) {
            link.getElement().setAttribute("href", path(page));
        }
    }

    /**
     * The path of a page of this tenant for this visit, relative to the portal's root as Vaadin
     * navigates: {@code t/demo/invoices}; on the tenant's own host {@code invoices}; on an embedded
     * page the embedded one, {@code t/demo/embed/invoices} (embedded pages keep the prefix on every host).
     */
    public String path(String page) {
        if (embedded) {
            return "t/" + tenant.slug() + "/embed/" + page;
        }
        return onOwnHost ? page : "t/" + tenant.slug() + "/" + page;
    }

    /** A link to the page {@code page} (shown by {@code view}) of this tenant, navigating inside the app. */
    public RouterLink link(String text, Class<? extends Component> view, String page) {
        RouterLink link = new RouterLink(text, view, new RouteParameters(AccessGuard.TENANT_PARAMETER, tenant.slug()));
        link.getElement().setAttribute("href", path(page));
        return link;
    }
}
