package io.invoiceportal.ui.access;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouterLink;
import io.invoiceportal.core.account.SignedIn;
import io.invoiceportal.core.tenant.Tenant;
import java.util.Optional;

/**
 * What {@link AccessGuard} found for the route being entered: the tenant named in the URL, the
 * user signed in to it, if any, and whether the page is an embedded one ({@code t/:tenant/embed/…},
 * shown in a partner's iframe). Views under {@code t/:tenant} read it instead of looking up again.
 */
public record Visit(Tenant tenant, Optional<SignedIn> user, boolean embedded) {

    public Visit(Tenant tenant, Optional<SignedIn> user) {
        this(tenant, user, false);
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
        String slug = event.getRouteParameters().get(AccessGuard.TENANT_PARAMETER).orElse(null);
        if (visit == null || !visit.tenant().slug().equals(slug)) {
            throw new IllegalStateException("AccessGuard did not check the navigation to " + event.getLocation().getPath());
        }
        return visit;
    }

    /** The signed-in user; only for views that the guard keeps closed to visitors. */
    public SignedIn signedIn() {
        return user.orElseThrow(() -> new IllegalStateException("no user is signed in"));
    }

    /** On an embedded page, points {@code link} at the embedded {@code page} instead of its normal route. */
    public void retarget(RouterLink link, String page) {
        if (embedded) {
            link.getElement().setAttribute("href", path(page));
        }
    }

    /**
     * The path of a page of this tenant, such as {@code t/demo/login} for {@code "login"}; on an
     * embedded page the embedded one, such as {@code t/demo/embed/profile}.
     */
    public String path(String page) {
        return "t/" + tenant.slug() + (embedded ? "/embed/" : "/") + page;
    }
}
