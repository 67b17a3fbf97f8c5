package io.invoiceportal.ui.tenant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.VaadinService;
import io.invoiceportal.core.tenant.Tenant;
import io.invoiceportal.core.tenant.TenantService;
import io.invoiceportal.ui.NotFoundView;
import io.invoiceportal.ui.UiServices;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantHomeViewTest {

    private static final String HOSTILE_SVG = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
    private static final Tenant DEMO = new Tenant(1, "demo", "Demo Supplies B.V.", "nl", null,
            new Tenant.Branding("#1f6feb", "#ffb000", HOSTILE_SVG), List.of("nl", "en"), List.of(), List.of(), List.of(), List.of());

    private static Routes routes;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("io.invoiceportal.ui");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(routes);
        VaadinService.getCurrent().getContext().setAttribute(UiServices.class, new UiServices(new OneTenant()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTheTenantNameInItsDefaultLanguage() {
        UI.getCurrent().navigate("t/demo");

        assertThat(_get(H1.class).getText()).isEqualTo("Demo Supplies B.V.");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void logoMarkupOnlyEverReachesThePageAsAnImageDataUri() {
        UI.getCurrent().navigate("t/demo");

        assertThat(_get(Image.class).getSrc()).startsWith("data:image/svg+xml;base64,").doesNotContain("<script");
    }

    @Test
    void unknownTenantShowsTheFriendly404() {
        UI.getCurrent().navigate("t/nobody");

        assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                .contains("Deze portal bestaat niet", "This portal does not exist");
    }

    @Test
    void onlyPlainColoursAreAcceptedForTheHeader() {
        assertThat(Branding.safeColor("#1f6feb")).isEqualTo("#1f6feb");
        assertThat(Branding.safeColor("rgb(10, 20, 30)")).isEqualTo("rgb(10, 20, 30)");
        assertThat(Branding.safeColor("red; background-image: url(//evil)")).isEqualTo(Branding.DEFAULT_COLOR);
        assertThat(Branding.safeColor(null)).isEqualTo(Branding.DEFAULT_COLOR);
    }

    /** Knows the tenant "demo" only; no database. */
    static class OneTenant extends TenantService {
        OneTenant() {
            super(null);
        }

        @Override
        public Optional<Tenant> findBySlug(String slug) {
            return DEMO.slug().equals(slug) ? Optional.of(DEMO) : Optional.empty();
        }
    }
}
