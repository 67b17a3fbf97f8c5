package io.invoiceportal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.invoiceportal.core.account.TokenPurpose;
import io.invoiceportal.core.customer.CustomerRequest;
import io.invoiceportal.core.customer.CustomerService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.ui.access.PublicView;
import io.invoiceportal.ui.testing.PortalUiTest;
import org.junit.jupiter.api.Test;

/** Vaadin's error pages are the tenant's pages: its header, the page language, a way back to the login page. */
class ErrorViewsTest extends PortalUiTest {

    /** A page whose building fails, as a bug would. */
    @PublicView
    @Route("t/:tenant/broken-for-test")
    public static class BrokenView extends VerticalLayout {
        public BrokenView() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** A page that is not there, the way the router answers an unknown address (Karibu's router throws instead). */
    @PublicView
    @Route("t/:tenant/missing-for-test")
    public static class MissingView extends VerticalLayout implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** An unknown page of a Dutch tenant: "Pagina niet gevonden" under the tenant's header, with a link to its login page. */
    @Test
    void unknownPageOfATenantIsTheTenantsPage() {
        navigate(path("missing-for-test"));

        assertThat(currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(pageText()).contains(tenant.name());
        assertThat(_get(Anchor.class, spec -> spec.withText("Naar het inlogscherm")).getHref())
                .isEqualTo("t/" + tenant.slug() + "/login");
        assertThat(((NotFoundView) currentView()).getPageTitle()).isEqualTo("Pagina niet gevonden – " + tenant.name());
    }

    /** A signed-in English user keeps the user menu and reads English on the Dutch tenant's error page. */
    @Test
    void signedInUserKeepsTheirLanguageAndMenu() {
        Tenant dutch = tenant;
        new CustomerService(jdbi).put(dutch, "C-2", new CustomerRequest("Bakery Two", "two@example.com",
                "bakerytwo", "en", null, null, null, null, null, null, null), "test");
        accounts.activate(dutch, token(dutch, "bakerytwo", TokenPurpose.ACTIVATION), "Factuur2026", "Factuur2026");
        signIn(dutch, "bakerytwo", "Factuur2026");

        navigate(path("missing-for-test"));

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_find(MenuBar.class)).hasSize(1);
    }

    /** A page that fails shows "Er ging iets mis" in the tenant's look instead of Vaadin's English page with the exception. */
    @Test
    void failingPageIsTheTenantsErrorPage() {
        navigate(path("broken-for-test"));

        assertThat(currentView()).isInstanceOf(ServerErrorView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Er ging iets mis");
        assertThat(pageText()).contains(tenant.name()).doesNotContain("broken on purpose", "IllegalStateException");
    }
}
